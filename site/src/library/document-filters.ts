/**
 * The search filters a document carries (type, theme, region, city, year), in its own language:
 * one list feeds both the page's Pagefind attributes and the build manifest, so they agree.
 */
import type { DocumentFilters } from '../build/manifest.js';
import { translator } from '../i18n/strings.js';
import { TAXONOMIES, typeInfo } from './document-types.js';
import { termIdsOf, type Library, type LibraryDocument, type LibraryTerm } from './library.js';

export type TermLinks = Record<'theme' | 'region' | 'city' | 'partner', LibraryTerm[]>;

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
  const names = (list: LibraryTerm[]) => list.map((term) => term.entry.name);
  return {
    type: translator(doc.locale)(typeInfo(doc.type).singular),
    theme: names(terms.theme),
    region: names(terms.region),
    city: names(terms.city),
    year: doc.entry.publicationDate.slice(0, 4),
  };
};
