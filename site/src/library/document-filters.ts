/**
 * The search filters a document carries (type, each facet's terms, year), in its own language:
 * one list feeds both the page's Pagefind attributes and the build manifest, so they agree.
 */
import type { DocumentFilters } from '../build/manifest.js';
import { translator } from '../i18n/strings.js';
import { FACET_TAXONOMIES, TAXONOMIES, typeInfo, type TaxonomyName } from './document-types.js';
import type { Library, LibraryDocument, LibraryTerm } from './library-types.js';
import { termIdsOf } from './term-ids.js';

export type TermLinks = Record<TaxonomyName, LibraryTerm[]>;

/** The terms a document is tagged with, resolved in its language (terms missing there are left out). */
export const termsOf = (library: Library, doc: LibraryDocument): TermLinks => {
  const links = {} as TermLinks;
  for (const { name } of TAXONOMIES)
    links[name] = termIdsOf(doc, name).flatMap((id) => {
      const term = library.findTerm(name, doc.locale, id);
      return term ? [term] : [];
    });
  return links;
};

export const documentFilters = (library: Library, doc: LibraryDocument): DocumentFilters => {
  const terms = termsOf(library, doc);
  return {
    type: translator(doc.locale)(typeInfo(doc.type).singular),
    ...(Object.fromEntries(
      FACET_TAXONOMIES.map(({ name }) => [name, terms[name].map((term) => term.entry.name)]),
    ) as Omit<DocumentFilters, 'type' | 'year'>),
    year: doc.entry.publicationDate.slice(0, 4),
  } as DocumentFilters;
};
