/**
 * The published library as the pages see it: every document and taxonomy term from the content
 * store, typed, with the lookups pages need (translations, what a term gathers, relations that
 * resolve to a page). Loaded once per build and shared by every route.
 */
import { getCollection } from 'astro:content';
import type { Blocks, CitySpotlight, EventReport } from '@resource-hub/content-types';
import { readBody } from '../cms/body-store.js';
import { siteConfig } from '../config/site-config.js';
import { LOCALES } from '../i18n/locales.js';
import { DOCUMENT_TYPES, type TaxonomyName } from './document-types.js';
import type { AnyDocument, AnyTerm, Library, LibraryDocument, LibraryTerm } from './library-types.js';

export type { AnyDocument, AnyTerm, Library, LibraryDocument, LibraryTerm };

const key = (...parts: string[]) => parts.join('\u0000');

const byDateThenTitle = (a: LibraryDocument, b: LibraryDocument) =>
  b.entry.publicationDate.localeCompare(a.entry.publicationDate) || a.entry.title.localeCompare(b.entry.title);

const refIds = (refs: { documentId: string }[] | null | undefined) => (refs ?? []).map((ref) => ref.documentId);

/** Every term of a taxonomy a document carries, wherever the model puts it. */
export const termIdsOf = (doc: LibraryDocument, taxonomy: TaxonomyName): string[] => {
  const entry = doc.entry as Partial<CitySpotlight & EventReport>;
  if (taxonomy === 'theme') return refIds(entry.themes);
  if (taxonomy === 'region') return refIds(entry.regions);
  if (taxonomy === 'partner') return [...new Set([...refIds(entry.partners), ...refIds(entry.organisers)])];
  return [...new Set([...refIds(entry.cities), ...refIds(entry.city ? [entry.city] : []), ...refIds(entry.venueCity ? [entry.venueCity] : [])])];
};

const load = async (): Promise<Library> => {
  const documents: LibraryDocument[] = [];
  for (const info of DOCUMENT_TYPES)
    for (const item of await getCollection(info.name as never))
      documents.push({ type: info.name, locale: (item as { data: AnyDocument }).data.locale, entry: (item as { data: AnyDocument }).data });
  documents.sort(byDateThenTitle);

  const terms: LibraryTerm[] = [];
  for (const taxonomy of ['theme', 'region', 'city', 'partner'] as const)
    for (const item of await getCollection(taxonomy as never)) {
      const entry = (item as { data: AnyTerm }).data;
      terms.push({ taxonomy, locale: entry.locale, entry });
    }
  terms.sort((a, b) => a.entry.name.localeCompare(b.entry.name, a.locale));

  const documentIndex = new Map(documents.map((doc) => [key(doc.type, doc.locale, doc.entry.documentId), doc]));
  const termIndex = new Map(terms.map((term) => [key(term.taxonomy, term.locale, term.entry.documentId), term]));
  const tagged = new Map<string, LibraryDocument[]>();
  for (const doc of documents)
    for (const taxonomy of ['theme', 'region', 'city', 'partner'] as const)
      for (const id of termIdsOf(doc, taxonomy)) {
        const termKey = key(taxonomy, doc.locale, id);
        const list = tagged.get(termKey);
        if (list) list.push(doc);
        else tagged.set(termKey, [doc]);
      }

  return {
    documents,
    terms,
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
  return key ? readBody(siteConfig().cacheDir, key) : [];
};

let loaded: Promise<Library> | undefined;

export const loadLibrary = (): Promise<Library> => (loaded ??= load());
