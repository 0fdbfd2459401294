/**
 * The library's pages to browse in one language, with how many documents each lists: the type
 * listings and the term pages (themes, regions, cities) that have something in that language.
 * Terms in alphabetical order, the network's thematic areas first, apart from its other topics. The home page and the
 * explorer's no-script view show the same links and counts.
 */
import type { Locale } from '../i18n/locales.js';
import { collator } from '../i18n/formats.js';
import { translator } from '../i18n/strings.js';
import { DOCUMENT_TYPES, FACET_TAXONOMIES, type DocumentTypeName } from './document-types.js';
import type { Library, LibraryTerm } from './library-types.js';
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
  /** Its heading. */
  label: string;
  links: BrowseLink[];
}

const isThematicArea = (term: LibraryTerm): boolean => 'thematicArea' in term.entry && term.entry.thematicArea === true;

export const browseGroups = (library: Library, locale: Locale): BrowseGroup[] => {
  const t = translator(locale);
  const documents = library.documents.filter((doc) => doc.locale === locale);
  const termLinks = (terms: LibraryTerm[]): BrowseLink[] =>
    terms
      .map((term) => ({
        href: termPath(term.taxonomy, term.locale, term.entry.slug),
        label: term.entry.name,
        count: library.documentsTagged(term).length,
      }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => collator(locale).compare(a.label, b.label));
  return [
    {
      name: 'type',
      label: t('filterType'),
      links: DOCUMENT_TYPES.map((info) => ({
        href: listingPath(locale, info.name),
        type: info.name,
        label: t(info.plural),
        count: documents.filter((doc) => doc.type === info.name).length,
      })),
    },
    ...FACET_TAXONOMIES.flatMap((taxonomy) => {
      const terms = library.terms.filter((term) => term.taxonomy === taxonomy.name && term.locale === locale);
      const areas = termLinks(terms.filter(isThematicArea));
      const label = t(taxonomy.facet.browseLabel);
      if (areas.length === 0) return [{ name: taxonomy.name, label, links: termLinks(terms) }];
      return [
        { name: taxonomy.name, label: t('thematicAreas'), links: areas },
        {
          name: taxonomy.name,
          label: t('moreTopics'),
          links: termLinks(terms.filter((term) => !isThematicArea(term))),
        },
      ];
    }),
  ];
};
