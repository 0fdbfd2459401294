/**
 * The published schema of /catalogue.json (JSON Schema 2020-12, served at /catalogue.schema.json).
 * Partners harvest the catalogue against it: a field is only ever added, never renamed or removed,
 * and `version` changes if that promise must ever be broken.
 */
import { PARTNER_ROLES } from '@resource-hub/content-types';
import { DOCUMENT_TYPES, FACET_TAXONOMIES } from '../library/document-types.js';
import { LOCALES } from '../i18n/locales.js';

export const CATALOGUE_VERSION = 1;

const byLanguage = (description: string, format?: string) => ({
  type: 'object',
  description,
  propertyNames: { enum: [...LOCALES] },
  additionalProperties: { type: 'string', minLength: 1, ...(format ? { format } : {}) },
  minProperties: 1,
});

const term = {
  type: 'object',
  required: ['slug', 'name'],
  additionalProperties: false,
  properties: {
    slug: {
      type: 'string',
      description: 'The term’s address segment in English (or its first language), e.g. "youth".',
    },
    name: byLanguage('The term’s name, by language code.'),
  },
};

export const catalogueSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'catalogue.schema.json',
  title: 'Resource Hub catalogue',
  description: 'Every published document of the Resource Hub: one entry per document, its language versions inside it.',
  type: 'object',
  required: ['version', 'publisher', 'documents'],
  additionalProperties: false,
  properties: {
    version: { const: CATALOGUE_VERSION, description: 'Changes only if a field is renamed or removed.' },
    publisher: { type: 'string' },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'id',
          'type',
          'permanentUrl',
          'published',
          'updated',
          'locales',
          'title',
          'summary',
          'url',
          ...FACET_TAXONOMIES.map((taxonomy) => taxonomy.pluralName),
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9]+$',
            description: 'The permanent id: never changes, shared by every language version.',
          },
          type: { enum: DOCUMENT_TYPES.map((info) => info.name) },
          permanentUrl: {
            type: 'string',
            format: 'uri',
            description: 'Short link that always leads to the document: /r/{id}/.',
          },
          published: {
            type: 'string',
            format: 'date',
            description: 'Publication date (YYYY-MM-DD) of the first language version listed.',
          },
          updated: { type: 'string', format: 'date-time', description: 'Last change to any language version.' },
          locales: { type: 'array', items: { enum: [...LOCALES] }, minItems: 1, uniqueItems: true },
          title: byLanguage('Title, by language code.'),
          summary: byLanguage('Summary (at most 300 characters), by language code.'),
          url: byLanguage('Address of each language version.', 'uri'),
          ...Object.fromEntries(
            FACET_TAXONOMIES.map((taxonomy) => [taxonomy.pluralName, { type: 'array', items: term }]),
          ),
          hubs: {
            type: 'array',
            items: term,
            description: 'The network’s regional hub that ran the event (event reports); added after version 1 began.',
          },
          partners: {
            type: 'array',
            items: {
              type: 'object',
              required: ['slug', 'name', 'roles'],
              additionalProperties: false,
              properties: {
                ...term.properties,
                roles: {
                  type: 'array',
                  items: { enum: [...PARTNER_ROLES] },
                  minItems: 1,
                  uniqueItems: true,
                  description:
                    'What the partner did for the document: funded it, implemented it, hosted it, co-organised it, or took part.',
                },
              },
            },
            description: 'The organisations the document credits, each with its roles; added after version 1 began.',
          },
          sample: {
            const: true,
            description:
              'Present on sample content: written to try the hub out, not a publication of the network; added after version 1 began.',
          },
        },
      },
    },
  },
} as const;
