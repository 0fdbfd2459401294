import type { ContentTypeModel } from '../define.js';
import { termFields } from './taxonomy-fields.js';

export const city: ContentTypeModel = {
  name: 'city',
  pluralName: 'cities',
  displayName: 'City',
  description: 'A city or municipality of the network.',
  kind: 'taxonomy',
  site: {
    segment: 'cities',
    labels: { singular: 'city', plural: 'cities' },
    facet: { filterLabel: 'filterCity', browseLabel: 'browseByCity' },
  },
  draftAndPublish: false,
  mainField: 'name',
  listColumns: ['name', 'country', 'region', 'updatedAt'],
  fields: {
    ...termFields('city'),
    country: {
      type: 'string',
      label: 'Country',
      help: "The country's name in this language.",
      required: true,
      maxLength: 120,
    },
    countryCode: {
      type: 'string',
      label: 'Country code',
      help: 'Two capital letters (ISO 3166-1), e.g. "TN" for Tunisia.',
      required: true,
      localized: false,
      maxLength: 2,
      pattern: { regex: '^[A-Z]{2}$', hint: 'two capital letters, the ISO 3166-1 alpha-2 code (e.g. TN, UG, ZA)' },
    },
    region: { type: 'relation', label: 'Region', relation: 'manyToOne', target: 'region' },
    latitude: {
      type: 'float',
      label: 'Latitude',
      help: 'Between -90 and 90, e.g. 35.8256.',
      localized: false,
      min: -90,
      max: 90,
    },
    longitude: {
      type: 'float',
      label: 'Longitude',
      help: 'Between -180 and 180, e.g. 10.6084.',
      localized: false,
      min: -180,
      max: 180,
    },
  },
};
