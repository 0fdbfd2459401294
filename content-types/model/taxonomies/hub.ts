import type { ContentTypeModel } from '../define.js';
import { termFields } from './taxonomy-fields.js';

export const hub: ContentTypeModel = {
  name: 'hub',
  pluralName: 'hubs',
  displayName: 'Regional hub',
  description: "One of the network's regional hubs, e.g. the MENA Regional Hub, with its contact.",
  kind: 'taxonomy',
  site: { segment: 'hubs', labels: { singular: 'hub', plural: 'hubs' } },
  draftAndPublish: false,
  mainField: 'name',
  listColumns: ['name', 'region', 'contactName', 'updatedAt'],
  fields: {
    ...termFields('hub'),
    region: {
      type: 'relation',
      label: 'Region',
      help: 'The region the hub serves: its page shows the hub and its contact.',
      relation: 'manyToOne',
      target: 'region',
    },
    description: {
      type: 'text',
      label: 'Description',
      help: 'One or two sentences on what the hub does, shown on its page and its region’s.',
      maxLength: 500,
    },
    contactName: {
      type: 'string',
      label: 'Contact person',
      help: 'Who practitioners write to, e.g. the head of the hub.',
      localized: false,
      maxLength: 120,
    },
    contactRole: {
      type: 'string',
      label: 'Contact’s role',
      help: 'In this language, e.g. "Head of MENA Regional Hub".',
      maxLength: 160,
    },
    contactEmail: {
      type: 'string',
      label: 'Contact e-mail',
      help: 'The site shows it written out ("name (at) example.org"), so address harvesters miss it.',
      localized: false,
      maxLength: 254,
      pattern: { regex: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', hint: 'an e-mail address such as name@example.org' },
    },
  },
};
