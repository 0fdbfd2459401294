/** The terms a document carries, per taxonomy: the model may spread one taxonomy over several fields. */
import { typeInfo, type TaxonomyName } from './document-types.js';
import type { LibraryDocument } from './library-types.js';

type Ref = { documentId: string };

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);

/** The references at a field path: "themes", or "partnerRoles.partner" through a repeatable component. */
const refsAt = (entry: unknown, path: string): Ref[] =>
  path
    .split('.')
    .reduce<unknown[]>(
      (values, name) => values.flatMap((value) => asList((value as Record<string, unknown>)[name])),
      [entry],
    )
    .filter((ref): ref is Ref => typeof (ref as Ref).documentId === 'string');

/** Every term of a taxonomy a document carries, from each of its type's fields that hold that taxonomy. */
export const termIdsOf = (doc: LibraryDocument, taxonomy: TaxonomyName): string[] => [
  ...new Set(
    typeInfo(doc.type).termFields[taxonomy].flatMap((path) => refsAt(doc.entry, path).map((ref) => ref.documentId)),
  ),
];
