/**
 * The published library as the pages see it: every document and taxonomy term from the content
 * store, typed, with the lookups pages need (translations, what a term gathers, relations that
 * resolve to a page). Loaded once per build and shared by every route.
 */
import { getCollection } from 'astro:content';
import type { Blocks } from '@resource-hub/content-types';
import { previewEntry } from '../build/preview.js';
import { readStored } from '../cms/entry-store.js';
import type { EntryStub } from '../cms/strapi-loader.js';
import { siteConfig } from '../config/site-config.js';
import { collator } from '../i18n/formats.js';
import { LOCALES } from '../i18n/locales.js';
import { DOCUMENT_TYPES, TAXONOMIES } from './document-types.js';
import { minutesToRead } from './reading-time.js';
import { termIdsOf } from './term-ids.js';
import type {
  AnyDocument,
  AnyTerm,
  Library,
  LibraryDocument,
  LibraryHomePage,
  LibraryTerm,
  PublishedAddress,
} from './library-types.js';

export type { AnyDocument, AnyTerm, Library, LibraryDocument, LibraryHomePage, LibraryTerm };
export { termIdsOf };

const key = (...parts: string[]) => parts.join('\u0000');

// Dates are ISO (YYYY-MM-DD): as text they sort as dates do.
const byDateThenTitle = (a: LibraryDocument, b: LibraryDocument) =>
  (a.entry.publicationDate < b.entry.publicationDate
    ? 1
    : a.entry.publicationDate > b.entry.publicationDate
      ? -1
      : 0) || collator().compare(a.entry.title, b.entry.title);

/** Every entry of a collection, read back from the entry store by the stub Astro's store keeps. */
const entriesOf = async <T>(collection: string): Promise<{ entry: T; digest: string }[]> => {
  const { cacheDir } = siteConfig();
  return (await getCollection(collection as never)).map((item: unknown) => {
    const { entryKey } = (item as { data: EntryStub }).data;
    return { entry: readStored<T>(cacheDir, 'entries', entryKey), digest: entryKey };
  });
};

const load = async (): Promise<Library> => {
  const documents: LibraryDocument[] = [];
  const preview = previewEntry();
  for (const info of DOCUMENT_TYPES)
    for (const { entry, digest } of await entriesOf<AnyDocument>(info.name))
      // A previewed draft takes the place of its published version.
      if (!(
        preview?.type === info.name &&
        preview.entry.documentId === entry.documentId &&
        preview.entry.locale === entry.locale
      ))
        documents.push({ type: info.name, locale: entry.locale, entry, digest });
  if (preview)
    documents.push({
      type: preview.type,
      locale: preview.entry.locale,
      entry: preview.entry,
      digest: 'preview',
      preview: true,
    });
  documents.sort(byDateThenTitle);

  const terms: LibraryTerm[] = [];
  for (const { name: taxonomy } of TAXONOMIES)
    for (const { entry, digest } of await entriesOf<AnyTerm>(taxonomy))
      terms.push({ taxonomy, locale: entry.locale, entry, digest });
  terms.sort((a, b) => collator(a.locale).compare(a.entry.name, b.entry.name));

  const documentIndex = new Map(documents.map((doc) => [key(doc.type, doc.locale, doc.entry.documentId), doc]));
  const termIndex = new Map(terms.map((term) => [key(term.taxonomy, term.locale, term.entry.documentId), term]));
  const tagged = new Map<string, LibraryDocument[]>();
  for (const doc of documents)
    for (const { name: taxonomy } of TAXONOMIES)
      for (const id of termIdsOf(doc, taxonomy)) {
        const termKey = key(taxonomy, doc.locale, id);
        const list = tagged.get(termKey);
        if (list) list.push(doc);
        else tagged.set(termKey, [doc]);
      }

  const addresses = ((await getCollection('published-address' as never)) as { data: PublishedAddress }[])
    .map((item) => item.data)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.slug.localeCompare(b.slug));

  const homePages: LibraryHomePage[] = (await entriesOf<LibraryHomePage['entry']>('home-page')).map(
    ({ entry, digest }) => ({ locale: entry.locale, entry, digest }),
  );

  return {
    documents,
    terms,
    addresses,
    homePages,
    locales: LOCALES.filter((locale) => documents.some((doc) => doc.locale === locale)),
    find: (type, locale, documentId) => documentIndex.get(key(type, locale, documentId)),
    translations: (doc) =>
      LOCALES.flatMap((locale) => {
        const found = documentIndex.get(key(doc.type, locale, doc.entry.documentId));
        return found ? [found] : [];
      }),
    findTerm: (taxonomy, locale, documentId) => termIndex.get(key(taxonomy, locale, documentId)),
    documentsTagged: (term) => tagged.get(key(term.taxonomy, term.locale, term.entry.documentId)) ?? [],
  };
};

/** A document's body, kept outside the content store by the loader. */
export const bodyOf = (doc: LibraryDocument): Blocks => {
  const key = (doc.entry as { bodyKey?: string | null }).bodyKey;
  return key ? readStored<Blocks>(siteConfig().cacheDir, 'bodies', key) : [];
};

// Cards show reading time wherever a document is listed: its body is read from the store once.
const minutes = new WeakMap<LibraryDocument, number>();

/** A document's reading time (reading-time.ts), worked out once per build however many pages list it. */
export const readingMinutesOf = (doc: LibraryDocument): number => {
  let found = minutes.get(doc);
  if (found === undefined) minutes.set(doc, (found = minutesToRead(doc, bodyOf(doc))));
  return found;
};

let loaded: Promise<Library> | undefined;

export const loadLibrary = (): Promise<Library> => (loaded ??= load());
