/**
 * Incremental rendering: which pages a content change touches.
 *
 * While a page renders, every lookup it makes in the library is recorded as a dependency (a
 * document, a term, what a term gathers, a listing, the whole collection). The render state
 * of a release keeps those dependencies with a digest of every entry. The next build compares
 * digests, turns the differences into changed keys, and renders only the routes whose
 * dependencies meet a changed key, plus routes that did not exist or now show another subject;
 * the other pages are taken from the live release. Endpoints that write one file per document or term (feeds, oEmbed)
 * are planned the same way, with the dependencies they declare. Lookups that found nothing are recorded too, so a page that would link
 * to a document once it is published is rendered again when it is.
 */
import type { DocumentTypeName } from '@resource-hub/content-types';
import { LOCALES, type Locale } from '../i18n/locales.js';
import { TAXONOMIES, type TaxonomyName } from './document-types.js';
import { termIdsOf } from './term-ids.js';
import type { Library, LibraryDocument, LibraryTerm } from './library-types.js';
import type { RouteProps } from './routes.js';

export const documentDependency = (type: DocumentTypeName, locale: string, documentId: string) =>
  `doc:${type}/${locale}/${documentId}`;
export const termDependency = (taxonomy: TaxonomyName, locale: string, documentId: string) =>
  `term:${taxonomy}/${locale}/${documentId}`;
export const taggedDependency = (taxonomy: TaxonomyName, locale: string, documentId: string) =>
  `tagged:${taxonomy}/${locale}/${documentId}`;
export const listingDependency = (locale: string, type: DocumentTypeName) => `listing:${locale}/${type}`;
/** The whole collection: a page that scans every document or term changes with any of them. */
export const ALL_DOCUMENTS = 'documents';
export const ALL_TERMS = 'terms';
export const ALL_LOCALES = 'locales';

/** What a release was rendered from; kept beside it (never served). */
export interface RenderState {
  /** The site's code and settings (scripts/build/render-fingerprint.ts): pages rendered by other code are not reused. */
  fingerprint: string;
  /** `type/locale/documentId` → digest and the terms (`taxonomy/locale/documentId`) it carries. */
  documents: Record<string, { digest: string; terms: string[] }>;
  /** `taxonomy/locale/documentId` → digest. */
  terms: Record<string, string>;
  locales: string[];
  /** The home page settings' digests: the network's name, logo and colours are on every page. */
  settings: string;
  /** Route → the dependencies recorded when it was rendered. */
  routes: Record<string, string[]>;
}

const documentKey = (doc: LibraryDocument) => `${doc.type}/${doc.locale}/${doc.entry.documentId}`;
const termKey = (term: LibraryTerm) => `${term.taxonomy}/${term.locale}/${term.entry.documentId}`;

/** The content half of a render state. */
export const contentState = (library: Library): Omit<RenderState, 'fingerprint' | 'routes'> => ({
  documents: Object.fromEntries(
    library.documents.map((doc) => [
      documentKey(doc),
      {
        digest: doc.digest,
        terms: TAXONOMIES.flatMap(({ name: taxonomy }) =>
          termIdsOf(doc, taxonomy).map((id) => `${taxonomy}/${doc.locale}/${id}`),
        ),
      },
    ]),
  ),
  terms: Object.fromEntries(library.terms.map((term) => [termKey(term), term.digest])),
  locales: [...library.locales],
  settings: library.homePages.map((page) => `${page.locale}:${page.digest}`).join(' '),
});

/** Every dependency key a change between two content states touches. */
export const changedDependencies = (
  before: Omit<RenderState, 'fingerprint' | 'routes'>,
  after: Omit<RenderState, 'fingerprint' | 'routes'>,
): Set<string> => {
  const changed = new Set<string>();
  for (const key of new Set([...Object.keys(before.documents), ...Object.keys(after.documents)])) {
    const was = before.documents[key];
    const is = after.documents[key];
    if (was?.digest === is?.digest) continue;
    const [type, locale, documentId] = key.split('/') as [DocumentTypeName, string, string];
    changed
      .add(documentDependency(type, locale, documentId))
      .add(listingDependency(locale, type))
      .add(ALL_DOCUMENTS);
    for (const term of [...(was?.terms ?? []), ...(is?.terms ?? [])]) changed.add(`tagged:${term}`);
  }
  for (const key of new Set([...Object.keys(before.terms), ...Object.keys(after.terms)]))
    if (before.terms[key] !== after.terms[key]) changed.add(`term:${key}`).add(ALL_TERMS);
  if (before.locales.join() !== after.locales.join()) changed.add(ALL_LOCALES);
  return changed;
};

/** The dependencies a route has before anything renders: what its props carry. */
export const routeDependencies = (props: RouteProps): string[] => {
  if (props.kind === 'document' || props.kind === 'moved' || props.kind === 'embed')
    return [documentDependency(props.doc.type, props.doc.locale, props.doc.entry.documentId)];
  // Which language a permanent link leads to depends on every translation of the document.
  if (props.kind === 'permalink')
    return LOCALES.map((locale) => documentDependency(props.doc.type, locale, props.doc.entry.documentId));
  if (props.kind === 'listing') return [listingDependency(props.locale, props.type)];
  if (props.kind === 'term' || props.kind === 'term-moved') {
    const { taxonomy, locale, entry } = props.term;
    return [termDependency(taxonomy, locale, entry.documentId), taggedDependency(taxonomy, locale, entry.documentId)];
  }
  return [];
};

/**
 * Everything when there is no previous state or the settings changed; otherwise the routes that are new, that now show
 * something else than they did (a dependency they start with was not among those recorded: an
 * address that said its document was gone, now that it is published again), or that a change touches.
 */
export const planRender = <T extends { route: string; dependencies: string[] }>(
  routes: T[],
  library: Library,
  previous: RenderState | undefined,
): T[] => {
  const current = contentState(library);
  // Settings change the frame of every page (name, logo, colour, footer): everything renders again.
  if (!previous || previous.settings !== current.settings) return routes;
  const changed = changedDependencies(previous, current);
  return routes.filter(({ route, dependencies }) => {
    const recorded = previous.routes[route];
    if (!recorded) return true;
    const before = new Set(recorded);
    return (
      dependencies.some((dependency) => !before.has(dependency)) ||
      recorded.some((dependency) => changed.has(dependency))
    );
  });
};

/** Routes of the previous release that no longer exist (their files are left out). */
export const removedRoutes = (previous: RenderState | undefined, current: Set<string>): string[] =>
  Object.keys(previous?.routes ?? {}).filter((route) => !current.has(route));

/** The library as one page sees it, recording every lookup the page makes. */
export const trackedLibrary = (library: Library, record: (dependency: string) => void): Library => ({
  get documents() {
    record(ALL_DOCUMENTS);
    return library.documents;
  },
  get terms() {
    record(ALL_TERMS);
    return library.terms;
  },
  get locales() {
    record(ALL_LOCALES);
    return library.locales;
  },
  // Read by the route table before any page renders (former addresses are routes of their own).
  get addresses() {
    return library.addresses;
  },
  // A change to them renders every page again (planRender), so reads need no record.
  get homePages() {
    return library.homePages;
  },
  find: (type, locale, documentId) => {
    record(documentDependency(type, locale, documentId));
    return library.find(type, locale, documentId);
  },
  translations: (doc) => {
    for (const locale of LOCALES as readonly Locale[])
      record(documentDependency(doc.type, locale, doc.entry.documentId));
    return library.translations(doc);
  },
  findTerm: (taxonomy, locale, documentId) => {
    record(termDependency(taxonomy, locale, documentId));
    return library.findTerm(taxonomy, locale, documentId);
  },
  documentsTagged: (term) => {
    record(taggedDependency(term.taxonomy, term.locale, term.entry.documentId));
    return library.documentsTagged(term);
  },
});
