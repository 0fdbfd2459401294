import type { ContentTypeModel } from '../define.js';
import { LOCALES } from '../define.js';
import { DOCUMENT_TYPE_NAMES } from '../documents/shared-fields.js';

/**
 * Every address a document was ever published at. The CMS adds one each time a document is
 * published under a slug (a rename saved in a draft is not public yet, so it is not recorded),
 * and never removes one, not even when the document is deleted: the site turns the old
 * addresses into permanent redirects to where the document is now, or "no longer available".
 */
export const publishedAddress: ContentTypeModel = {
  name: 'published-address',
  pluralName: 'published-addresses',
  displayName: 'Published address',
  description:
    'Every web address a document was published at, kept so that old links keep working. Written by the CMS when a document is published.',
  kind: 'record',
  localized: false,
  draftAndPublish: false,
  mainField: 'slug',
  listColumns: ['slug', 'documentType', 'language', 'createdAt'],
  fields: {
    documentType: {
      type: 'enumeration',
      values: DOCUMENT_TYPE_NAMES,
      label: 'Document type',
      required: true,
      readOnly: true,
    },
    language: { type: 'enumeration', values: LOCALES, label: 'Language', required: true, readOnly: true },
    slug: {
      type: 'string',
      label: 'Web address (slug)',
      help: 'The slug the document was published under.',
      required: true,
      readOnly: true,
      lookup: true,
    },
    document: {
      type: 'string',
      label: 'Document ID',
      help: 'The document published at this address. Kept after the document is deleted, so its address can say it is gone.',
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
