import type { ContentTypeModel } from '../define.js';
import { termFields } from './taxonomy-fields.js';

export const theme: ContentTypeModel = {
  name: 'theme',
  pluralName: 'themes',
  displayName: 'Theme',
  description: 'A topic documents are about, e.g. hate speech or youth engagement.',
  kind: 'taxonomy',
  site: {
    segment: 'themes',
    labels: { singular: 'theme', plural: 'themes' },
    facet: { filterLabel: 'filterTheme', browseLabel: 'browseByTheme' },
  },
  draftAndPublish: false,
  mainField: 'name',
  listColumns: ['name', 'slug', 'updatedAt'],
  fields: {
    ...termFields('theme'),
    description: {
      type: 'text',
      label: 'Description',
      help: 'One or two sentences shown on the theme page.',
      maxLength: 500,
    },
  },
};
