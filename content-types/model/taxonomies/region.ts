import type { ContentTypeModel } from '../define.js';
import { termFields } from './taxonomy-fields.js';

export const region: ContentTypeModel = {
  name: 'region',
  pluralName: 'regions',
  displayName: 'Region',
  description: 'A world region, e.g. Middle East and North Africa.',
  kind: 'taxonomy',
  site: {
    segment: 'regions',
    labels: { singular: 'region', plural: 'regions' },
    facet: { filterLabel: 'filterRegion', browseLabel: 'browseByRegion' },
  },
  draftAndPublish: false,
  mainField: 'name',
  listColumns: ['name', 'slug', 'updatedAt'],
  fields: termFields('region'),
};
