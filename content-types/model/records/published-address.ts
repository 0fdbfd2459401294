import type { ContentTypeModel, TaxonomySiteModel } from '../define.js';
import { LOCALES } from '../define.js';
import { DOCUMENT_TYPE_NAMES } from '../documents/shared-fields.js';
import { city } from '../taxonomies/city.js';
import { hub } from '../taxonomies/hub.js';
import { partner } from '../taxonomies/partner.js';
import { region } from '../taxonomies/region.js';
import { theme } from '../taxonomies/theme.js';

/** The taxonomies whose terms have pages of their own, so an address to keep. */
export const TERM_PAGE_TYPE_NAMES = [theme, region, city, partner, hub]
  .filter((type) => type.site && (type.site as TaxonomySiteModel).termPages !== false)
  .map((type) => type.name);

/**
 * Every address a document or term page was ever published at. The CMS adds one each time a
 * document is published under a slug (a rename saved in a draft is not public yet, so it is not
 * recorded) or a term is saved under one, and never removes one, not even on deletion: the site
 * turns the old addresses into permanent redirects to where the page is now, or "no longer
 * available".
 */
export const publishedAddress: ContentTypeModel = {
  name: 'published-address',
  pluralName: 'published-addresses',
  displayName: 'Published address',
  description:
    'Every web address a document or a theme, region, city, partner or hub page was published at, kept so that old links keep working. Written by the CMS when a document is published or a term saved.',
  kind: 'record',
  localized: false,
  draftAndPublish: false,
  mainField: 'slug',
  listColumns: ['slug', 'documentType', 'language', 'createdAt'],
  fields: {
    documentType: {
      type: 'enumeration',
      values: [...DOCUMENT_TYPE_NAMES, ...TERM_PAGE_TYPE_NAMES],
      label: 'Type',
      help: 'The document type, or the taxonomy of a term page.',
      required: true,
      readOnly: true,
    },
    language: { type: 'enumeration', values: LOCALES, label: 'Language', required: true, readOnly: true },
    slug: {
      type: 'string',
      label: 'Web address (slug)',
      help: 'The slug the document or term was published under.',
      required: true,
      readOnly: true,
      lookup: true,
    },
    document: {
      type: 'string',
      label: 'Document ID',
      help: 'The document or term published at this address. Kept after it is deleted, so its address can say it is gone.',
      required: true,
      readOnly: true,
    },
    permanentId: {
      type: 'string',
      label: 'Permanent ID',
      help: 'The document’s permanent ID when it was published here.',
      readOnly: true,
    },
  },
};
