/**
 * The route table: every page of the library and what it shows, computed from the published
 * content. The catch-all page renders it; the manifest, sitemap and checks read the same table,
 * so a page cannot exist without the build knowing it.
 */
import type { DocumentTypeName } from '@resource-hub/content-types';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.js';
import { DOCUMENT_TYPES, hasTermPages, isDocumentTypeName } from './document-types.js';
import type { Library, LibraryDocument, LibraryTerm } from './library-types.js';
import { documentRoute, embedRoute, listingRoute, permalinkRoute, routePath, termRoute } from './urls.js';

export const PAGE_SIZE = 20;

export type RouteProps =
  | { kind: 'home'; locale: Locale }
  | { kind: 'search'; locale: Locale }
  /** Reading offline: saving this language's library, what this device keeps. */
  | { kind: 'offline'; locale: Locale }
  | {
      kind: 'listing';
      locale: Locale;
      type: DocumentTypeName;
      page: number;
      pageCount: number;
      documents: LibraryDocument[];
    }
  | { kind: 'document'; locale: Locale; doc: LibraryDocument }
  | { kind: 'term'; locale: Locale; term: LibraryTerm; documents: LibraryDocument[] }
  /** A short permanent link: leads to the document, in English when it exists in English. */
  | { kind: 'permalink'; locale: Locale; doc: LibraryDocument }
  /** An address the document was published at before (an earlier slug, or type): leads to where it is now. */
  | { kind: 'moved'; locale: Locale; doc: LibraryDocument }
  /** An address a term's page had before it was renamed: leads to its page now. */
  | { kind: 'term-moved'; locale: Locale; term: LibraryTerm }
  /** An address (or permanent link) of a document no longer published: says so. */
  | { kind: 'gone'; locale: Locale }
  /** A document's card for other sites to frame. */
  | { kind: 'embed'; locale: Locale; doc: LibraryDocument };

export interface Route {
  /** Path without base: "" for the English home, "fr/guides/x/" ... */
  route: string;
  props: RouteProps;
}

/** English always has its pages; another language gets them once it has content. */
export const siteLocales = (library: Library): Locale[] => [...new Set<Locale>([DEFAULT_LOCALE, ...library.locales])];

export const buildRoutes = (library: Library): Route[] => {
  const routes: Route[] = [];
  for (const locale of siteLocales(library)) {
    routes.push({ route: routePath(locale), props: { kind: 'home', locale } });
    routes.push({ route: routePath(locale, 'search'), props: { kind: 'search', locale } });
    routes.push({ route: routePath(locale, 'offline'), props: { kind: 'offline', locale } });
    for (const { name: type } of DOCUMENT_TYPES) {
      const documents = library.documents.filter((doc) => doc.locale === locale && doc.type === type);
      const pageCount = Math.max(1, Math.ceil(documents.length / PAGE_SIZE));
      for (let page = 1; page <= pageCount; page += 1)
        routes.push({
          route: listingRoute(locale, type, page),
          props: {
            kind: 'listing',
            locale,
            type,
            page,
            pageCount,
            documents: documents.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
          },
        });
    }
  }
  for (const doc of library.documents) {
    routes.push({
      route: documentRoute(doc.type, doc.locale, doc.entry.slug),
      props: { kind: 'document', locale: doc.locale, doc },
    });
    routes.push({
      route: embedRoute(doc.type, doc.locale, doc.entry.slug),
      props: { kind: 'embed', locale: doc.locale, doc },
    });
  }
  const permalinks = new Map<string, LibraryDocument>();
  for (const doc of library.documents) {
    const id = doc.entry.permanentId;
    const current = id ? permalinks.get(id) : undefined;
    if (id && (!current || (doc.locale === DEFAULT_LOCALE && current.locale !== DEFAULT_LOCALE)))
      permalinks.set(id, doc);
  }
  for (const [id, doc] of permalinks)
    routes.push({ route: permalinkRoute(id), props: { kind: 'permalink', locale: doc.locale, doc } });
  for (const term of library.terms) {
    const documents = library.documentsTagged(term);
    // A term gets a page once something in its language is tagged with it: no empty pages.
    if (documents.length > 0 && hasTermPages(term.taxonomy))
      routes.push({
        route: termRoute(term.taxonomy, term.locale, term.entry.slug),
        props: { kind: 'term', locale: term.locale, term, documents },
      });
  }
  routes.push(...formerAddresses(library, new Set(routes.map(({ route }) => route))));
  return routes;
};

/**
 * Every address ever published that is not a page now (from the CMS's published-address record):
 * a moved document's old addresses lead to it, found by its id or, after a change of type, by its
 * permanent id; the addresses and permanent links of documents no longer published say so. A
 * renamed term's old addresses lead to its page while it has one (a term without documents has
 * no page, so its old addresses are simply not found).
 */
const formerAddresses = (library: Library, taken: Set<string>): Route[] => {
  const routes: Route[] = [];
  const add = (route: string, props: RouteProps) => {
    if (taken.has(route)) return;
    taken.add(route);
    routes.push({ route, props });
  };
  const byPermanentId = new Map(
    library.documents.flatMap((doc) =>
      doc.entry.permanentId ? [[`${doc.entry.permanentId} ${doc.locale}`, doc] as const] : [],
    ),
  );
  for (const address of library.addresses) {
    const locale = address.language;
    const type = address.documentType;
    if (!isDocumentTypeName(type)) {
      const term = library.findTerm(type, locale, address.document);
      if (term && taken.has(termRoute(type, locale, term.entry.slug)))
        add(termRoute(type, locale, address.slug), { kind: 'term-moved', locale, term });
      continue;
    }
    const doc = library.find(type, locale, address.document) ?? byPermanentId.get(`${address.permanentId} ${locale}`);
    add(documentRoute(type, locale, address.slug), doc ? { kind: 'moved', locale, doc } : { kind: 'gone', locale });
  }
  for (const address of library.addresses)
    if (isDocumentTypeName(address.documentType) && address.permanentId)
      add(permalinkRoute(address.permanentId), { kind: 'gone', locale: address.language });
  return routes;
};

/**
 * Where a permanent link or a former address leads, without the base: the route of the page now
 * and its title. The hub's redirects and the redirect pages of plain hosts both follow it.
 */
export const redirectOf = (props: RouteProps): { route: string; locale: Locale; title: string } | undefined => {
  if (props.kind === 'permalink' || props.kind === 'moved') {
    const { doc } = props;
    return { route: documentRoute(doc.type, doc.locale, doc.entry.slug), locale: doc.locale, title: doc.entry.title };
  }
  if (props.kind === 'term-moved') {
    const { term } = props;
    return {
      route: termRoute(term.taxonomy, term.locale, term.entry.slug),
      locale: term.locale,
      title: term.entry.name,
    };
  }
  return undefined;
};

const LEADS_ELSEWHERE = new Set<RouteProps['kind']>(['permalink', 'moved', 'term-moved', 'gone', 'embed']);

/** The routes that are pages of their own: not the addresses that lead to one or say it is gone, nor the cards for other sites. */
export const libraryPages = (library: Library): Route[] =>
  buildRoutes(library).filter(({ props }) => !LEADS_ELSEWHERE.has(props.kind));
