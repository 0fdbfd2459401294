/** How each document type appears on the site: its URL segment, its labels and its schema.org type. */
import type { DocumentTypeName } from '@resource-hub/content-types';
import type { UiKey } from '../i18n/strings.js';

export interface DocumentTypeInfo {
  name: DocumentTypeName;
  /** URL segment of its listing and pages: permanent, partners link to it. */
  segment: string;
  singular: UiKey;
  plural: UiKey;
  /** schema.org type of the page's JSON-LD. */
  schemaType: 'Article' | 'Report';
}

export const DOCUMENT_TYPES: DocumentTypeInfo[] = [
  { name: 'guide', segment: 'guides', singular: 'guide', plural: 'guides', schemaType: 'Article' },
  { name: 'toolkit', segment: 'toolkits', singular: 'toolkit', plural: 'toolkits', schemaType: 'Article' },
  {
    name: 'city-spotlight',
    segment: 'city-spotlights',
    singular: 'citySpotlight',
    plural: 'citySpotlights',
    schemaType: 'Article',
  },
  {
    name: 'event-report',
    segment: 'event-reports',
    singular: 'eventReport',
    plural: 'eventReports',
    schemaType: 'Report',
  },
];

export const typeInfo = (name: DocumentTypeName): DocumentTypeInfo =>
  DOCUMENT_TYPES.find((info) => info.name === name)!;

export type TaxonomyName = 'theme' | 'region' | 'city' | 'partner';

export const TAXONOMIES: { name: TaxonomyName; segment: string; singular: UiKey; plural: UiKey }[] = [
  { name: 'theme', segment: 'themes', singular: 'theme', plural: 'themes' },
  { name: 'region', segment: 'regions', singular: 'region', plural: 'regions' },
  { name: 'city', segment: 'cities', singular: 'city', plural: 'cities' },
  { name: 'partner', segment: 'partners', singular: 'partner', plural: 'partners' },
];
