import type { ContentTypeModel } from '../define.js';
import { termFields } from './taxonomy-fields.js';

export const partner: ContentTypeModel = {
  name: 'partner',
  pluralName: 'partners',
  displayName: 'Partner',
  description: "An organisation that funds, organises or supports the network's work.",
  kind: 'taxonomy',
  site: { segment: 'partners', labels: { singular: 'partner', plural: 'partners' } },
  draftAndPublish: false,
  mainField: 'name',
  listColumns: ['name', 'website', 'updatedAt'],
  fields: {
    ...termFields('partner'),
    website: {
      type: 'string',
      label: 'Website',
      help: 'Full address starting with https://',
      localized: false,
      maxLength: 300,
      pattern: { regex: '^https?://[^\\s]+$', hint: 'a full web address starting with https://' },
    },
    logo: { type: 'media', label: 'Logo', allowedTypes: ['images'], multiple: false, localized: false },
  },
};
