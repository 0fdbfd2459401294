/**
 * Every feed the library offers, in each language with content: the whole library, each document
 * type, and each theme, region and city that has documents. Each is written as RSS and as JSON
 * Feed, in the folder of what it follows (/rss.xml, /guides/feed.json, /themes/{slug}/rss.xml).
 */
import type { Locale } from '../i18n/locales.js';
import { translator } from '../i18n/strings.js';
import { DOCUMENT_TYPES, hasTermFeed } from '../library/document-types.js';
import type { Library, LibraryDocument } from '../library/library-types.js';
import { listingDependency, taggedDependency, termDependency } from '../library/render-plan.js';
import { siteLocales } from '../library/routes.js';
import { homePath, listingPath, routePath, termPath, termRoute } from '../library/urls.js';

/** Newest documents a feed carries. */
const FEED_SIZE = 50;

export interface FeedSet {
  locale: Locale;
  /** Folder of the feed, without the base: "", "fr/guides/", "themes/youth/". */
  folder: string;
  title: string;
  /** The page the feed follows, base included. */
  page: string;
  documents: LibraryDocument[];
  /** Keys whose change changes the feed (library/render-plan.ts): publishes rewrite only those feeds. */
  dependencies: string[];
}

export const feedSets = (library: Library): FeedSet[] =>
  siteLocales(library).flatMap((locale) => {
    const t = translator(locale);
    const inLocale = library.documents.filter((doc) => doc.locale === locale);
    const site = t('siteName');
    return [
      {
        locale,
        folder: routePath(locale),
        title: site,
        page: homePath(locale),
        documents: inLocale,
        dependencies: DOCUMENT_TYPES.map((info) => listingDependency(locale, info.name)),
      },
      ...DOCUMENT_TYPES.map((info) => ({
        locale,
        folder: routePath(locale, info.segment),
        title: `${t(info.plural)} | ${site}`,
        page: listingPath(locale, info.name),
        documents: inLocale.filter((doc) => doc.type === info.name),
        dependencies: [listingDependency(locale, info.name)],
      })),
      ...library.terms
        .filter((term) => term.locale === locale && hasTermFeed(term.taxonomy))
        .map((term) => ({
          locale,
          folder: termRoute(term.taxonomy, locale, term.entry.slug),
          title: `${term.entry.name} | ${site}`,
          page: termPath(term.taxonomy, locale, term.entry.slug),
          documents: library.documentsTagged(term),
          dependencies: [
            termDependency(term.taxonomy, locale, term.entry.documentId),
            taggedDependency(term.taxonomy, locale, term.entry.documentId),
          ],
        }))
        .filter((set) => set.documents.length > 0),
    ].map((set) => ({ ...set, documents: set.documents.slice(0, FEED_SIZE) }));
  });
