/**
 * The library's pages to browse in one language, with how many documents each lists: the type
 * listings and the term pages (themes, regions, cities) that have something in that language.
 * The home page and the explorer's no-script view show the same links and counts.
 */
import type { Locale } from '../i18n/locales.js';
import { translator } from '../i18n/strings.js';
import { DOCUMENT_TYPES, FACET_TAXONOMIES, type DocumentTypeName } from './document-types.js';
import type { Library } from './library-types.js';
import { listingPath, termPath } from './urls.js';

export interface BrowseLink {
  href: string;
  /** The document type a listing link leads to. */
  type?: DocumentTypeName;
  label: string;
  count: number;
}

export interface BrowseGroup {
  /** The taxonomy, or "type" for the listings. */
  name: string;
  links: BrowseLink[];
}

export const browseGroups = (library: Library, locale: Locale): BrowseGroup[] => {
  const t = translator(locale);
  const documents = library.documents.filter((doc) => doc.locale === locale);
  return [
    {
      name: 'type',
      links: DOCUMENT_TYPES.map((info) => ({
        href: listingPath(locale, info.name),
        type: info.name,
        label: t(info.plural),
        count: documents.filter((doc) => doc.type === info.name).length,
      })),
    },
    ...FACET_TAXONOMIES.map((taxonomy) => ({
      name: taxonomy.name,
      links: library.terms
        .filter((term) => term.taxonomy === taxonomy.name && term.locale === locale)
        .map((term) => ({
          href: termPath(term.taxonomy, term.locale, term.entry.slug),
          label: term.entry.name,
          count: library.documentsTagged(term).length,
        }))
        .filter(({ count }) => count > 0),
    })),
  ];
};
