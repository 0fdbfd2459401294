import type { ContentTypeModel } from '../define.js';
import { termFields } from './taxonomy-fields.js';

export const audience: ContentTypeModel = {
  name: 'audience',
  pluralName: 'audiences',
  displayName: 'Audience',
  description: 'Who documents are written for, e.g. mayors and elected leaders.',
  kind: 'taxonomy',
  site: {
    segment: 'audiences',
    labels: { singular: 'audienceOne', plural: 'audiences' },
    facet: { filterLabel: 'filterAudience', browseLabel: 'browseByAudience' },
    termPages: false,
  },
  draftAndPublish: false,
  mainField: 'name',
  listColumns: ['name', 'slug', 'updatedAt'],
  fields: termFields('audience'),
};
