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
  listColumns: ['name', 'website', 'logo', 'updatedAt'],
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
    logo: {
      type: 'media',
      label: 'Logo',
      help: 'PNG, JPEG or WebP (SVG is refused), at least 400 pixels wide. Shown on the partner’s page and, for funders, under “With the support of”.',
      allowedTypes: ['images'],
      multiple: false,
      localized: false,
    },
    acknowledgement: {
      type: 'text',
      label: 'Text required when credited as funder',
      help: 'The words this funder asks to see wherever it is credited, in this language, e.g. “Co-funded by the European Union”. Printed under “With the support of” on every document it funds. Leave empty if none.',
      maxLength: 600,
    },
  },
};
