import type { ContentTypeModel } from '../define.js';
import { termFields } from './taxonomy-fields.js';

export const theme: ContentTypeModel = {
  name: 'theme',
  pluralName: 'themes',
  displayName: 'Theme',
  description:
    'A topic documents are about: one of the network’s thematic areas (e.g. violence against elected officials) or a long-standing topic (e.g. youth).',
  kind: 'taxonomy',
  site: {
    segment: 'themes',
    labels: { singular: 'theme', plural: 'themes' },
    facet: { filterLabel: 'filterTheme', browseLabel: 'browseByTheme' },
  },
  draftAndPublish: false,
  mainField: 'name',
  listColumns: ['name', 'thematicArea', 'slug', 'updatedAt'],
  fields: {
    ...termFields('theme'),
    description: {
      type: 'text',
      label: 'Description',
      help: 'One or two sentences shown on the theme page.',
      maxLength: 500,
    },
    thematicArea: {
      type: 'boolean',
      label: 'Thematic area',
      help: 'On for the network’s own thematic areas, as its strategy names them: the home page lists them first, under “Thematic areas”, and their pages say so. Off for other topics.',
      localized: false,
      default: false,
    },
  },
};
