/**
 * Every URL the site emits comes from here, so the permanent addresses partners link to are
 * spelled once: /guides/{slug}/, /fr/guides/{slug}/, /themes/{slug}/, /guides/page/2/ ...
 * Paths include the base (SITE_BASE), so the site works under a path prefix.
 */
import type { DocumentTypeName } from '@resource-hub/content-types';
import { siteConfig } from '../config/site-config.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.js';
import { hasTermPages, taxonomyInfo, typeInfo, type TaxonomyName } from './document-types.js';

// From the site config, like astro.config's base: import.meta.env.BASE_URL can be overridden by
// a BASE_URL variable inherited from a parent Vite process (Vitest sets one).
export const BASE = siteConfig().base;

/** Route path without the base, e.g. "fr/guides/x/" ("" for the English home page). */
export const routePath = (locale: Locale, ...segments: string[]): string =>
  [...(locale === DEFAULT_LOCALE ? [] : [locale]), ...segments].map((segment) => `${segment}/`).join('');

export const withBase = (route: string): string => `${BASE}${route}`;

/** An address an editor gave: a path on this site ("/about/") gets the base path, a full address stays. */
export const siteHref = (url: string): string =>
  url.startsWith('/') && !url.startsWith('//') ? withBase(url.slice(1)) : url;

export const homePath = (locale: Locale) => withBase(routePath(locale));
export const searchPath = (locale: Locale) => withBase(routePath(locale, 'search'));
/** The explorer with filters chosen, e.g. { theme: 'hate-speech' } (site/src/search/search-page.ts). */
export const explorerPath = (locale: Locale, filters: Record<string, string>) =>
  `${searchPath(locale)}?${new URLSearchParams(filters).toString()}`;
export const offlinePath = (locale: Locale) => withBase(routePath(locale, 'offline'));
export const listingRoute = (locale: Locale, type: DocumentTypeName, page = 1) =>
  routePath(locale, typeInfo(type).segment, ...(page > 1 ? ['page', String(page)] : []));
export const listingPath = (locale: Locale, type: DocumentTypeName, page = 1) =>
  withBase(listingRoute(locale, type, page));
export const documentRoute = (type: DocumentTypeName, locale: Locale, slug: string) =>
  routePath(locale, typeInfo(type).segment, slug);
export const documentPath = (type: DocumentTypeName, locale: Locale, slug: string) =>
  withBase(documentRoute(type, locale, slug));
/** The embeddable card of a document, for partners' pages: /embed/guides/{slug}/ (/fr/embed/... in French). */
export const embedRoute = (type: DocumentTypeName, locale: Locale, slug: string) =>
  routePath(locale, 'embed', typeInfo(type).segment, slug);
/** The oEmbed answer for a document's card, beside it. */
export const oembedPath = (type: DocumentTypeName, locale: Locale, slug: string) =>
  `${withBase(embedRoute(type, locale, slug))}oembed.json`;
/** The short permanent link of a document, the same in every language: /r/{permanentId}/. */
export const permalinkRoute = (permanentId: string) => routePath(DEFAULT_LOCALE, 'r', permanentId);
export const termRoute = (taxonomy: TaxonomyName, locale: Locale, slug: string) =>
  routePath(locale, taxonomyInfo(taxonomy).segment, slug);
/** A term's page, or the explorer with the term chosen for a taxonomy whose terms have no pages. */
export const termPath = (taxonomy: TaxonomyName, locale: Locale, slug: string) =>
  hasTermPages(taxonomy) ? withBase(termRoute(taxonomy, locale, slug)) : explorerPath(locale, { [taxonomy]: slug });
export type FeedFormat = 'rss' | 'json';
/** A feed sits in the folder of what it follows: the library, a type's listing, a term's page. */
export const feedRoute = (folder: string, format: FeedFormat) =>
  `${folder}${format === 'rss' ? 'rss.xml' : 'feed.json'}`;
/** RSS (or JSON Feed) of one type in one language, or of the whole library. */
export const feedPath = (locale: Locale, type?: DocumentTypeName, format: FeedFormat = 'rss') =>
  withBase(feedRoute(routePath(locale, ...(type ? [typeInfo(type).segment] : [])), format));
export const termFeedPath = (taxonomy: TaxonomyName, locale: Locale, slug: string, format: FeedFormat = 'rss') =>
  withBase(feedRoute(termRoute(taxonomy, locale, slug), format));
export const mediaPath = (fileName: string) => `${BASE}media/${fileName}`;

/** Absolute URL for canonical links, hreflang, sitemap and feeds. */
export const absoluteUrl = (site: URL | undefined, path: string): string =>
  new URL(path, site ?? 'http://localhost').href;
