/** The terms a document carries, per taxonomy: the model may spread one taxonomy over several fields. */
import { typeInfo, type TaxonomyName } from './document-types.js';
import type { LibraryDocument } from './library-types.js';

type Refs = { documentId: string }[] | { documentId: string } | null | undefined;

const refIds = (refs: Refs) => (Array.isArray(refs) ? refs : refs ? [refs] : []).map((ref) => ref.documentId);

/** Every term of a taxonomy a document carries, from each of its type's fields that hold that taxonomy. */
export const termIdsOf = (doc: LibraryDocument, taxonomy: TaxonomyName): string[] => {
  const entry = doc.entry as unknown as Record<string, Refs>;
  return [...new Set(typeInfo(doc.type).termFields[taxonomy].flatMap((field) => refIds(entry[field])))];
};
