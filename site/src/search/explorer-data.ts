/**
 * The explorer's view of the library in one language: every document once (in that language
 * when it has the version, else in English, else its first), newest first, with the values of
 * each facet and their counts. Its files hold the documents in the order they were created,
 * which a new document (whatever its date) only extends. The search page renders its first
 * documents and counts from it at build, and the browser narrows it (explorer-format.ts says
 * what it receives).
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LOCALE, NATIVE_NAMES, type Locale } from '../i18n/locales.js';
import { collator } from '../i18n/formats.js';
import { translator } from '../i18n/strings.js';
import { DOCUMENT_TYPES, FACET_TAXONOMIES } from '../library/document-types.js';
import type { Library, LibraryDocument } from '../library/library-types.js';
import { documentDependency } from '../library/render-plan.js';
import { termIdsOf } from '../library/term-ids.js';
import { documentPath } from '../library/urls.js';
import { explorerThumbnail } from './explorer-thumbnail.js';
import { explorerWordFiles, type ExplorerWords } from './explorer-words.js';
import {
  CARDS_PER_FILE,
  EXPLORER_FACETS,
  explorerCardOf,
  facetValueLabel,
  type ExplorerCard,
  type ExplorerFacet,
  type ExplorerFacetName,
  type ExplorerIndex,
} from './explorer-format.js';

export interface ExplorerEntry {
  key: string;
  /** The version shown: the page's language when the document has it. */
  doc: LibraryDocument;
  /** Languages the document exists in. */
  languages: Locale[];
  /** Per facet, the values (as the address carries them) the document has. */
  values: Record<ExplorerFacetName, string[]>;
  /** When its first version was created: its place in the files. */
  created: string;
}

export interface ExplorerView {
  facets: ExplorerFacet[];
  /** Newest first (by publication date, then the last created first), as the explorer lists them. */
  entries: ExplorerEntry[];
  /** In the order they were created: the order of the explorer's files. */
  created: ExplorerEntry[];
  /** Per facet and value, how many documents have it. */
  counts: Record<ExplorerFacetName, Map<string, number>>;
}

const createdFirst = (a: ExplorerEntry, b: ExplorerEntry) =>
  a.created.localeCompare(b.created) || a.key.localeCompare(b.key);

const viewOf = (library: Library, locale: Locale): ExplorerView => {
  const t = translator(locale);
  const versionsOf = new Map<string, LibraryDocument[]>();
  for (const doc of library.documents) {
    if (doc.preview) continue;
    const id = `${doc.type}/${doc.entry.documentId}`;
    versionsOf.set(id, [...(versionsOf.get(id) ?? []), doc]);
  }
  // Terms are named and addressed in the page's language where they have a version there.
  const terms = new Map<string, { value: string; label: string }>();
  const termValue = (taxonomy: (typeof FACET_TAXONOMIES)[number]['name'], id: string) => {
    const cached = terms.get(`${taxonomy}/${id}`);
    if (cached) return cached;
    const term = library.findTerm(taxonomy, locale, id) ?? library.findTerm(taxonomy, DEFAULT_LOCALE, id);
    const found = term ? { value: term.entry.slug, label: term.entry.name } : undefined;
    if (found) terms.set(`${taxonomy}/${id}`, found);
    return found;
  };
  const labels = new Map<string, string>();
  const entries: ExplorerEntry[] = [...versionsOf.values()].map((versions) => {
    const doc =
      versions.find((version) => version.locale === locale) ??
      versions.find((version) => version.locale === DEFAULT_LOCALE) ??
      versions[0]!;
    const languages = versions.map((version) => version.locale);
    const values = { type: [doc.type], year: [doc.entry.publicationDate.slice(0, 4)], language: languages } as Record<
      ExplorerFacetName,
      string[]
    >;
    for (const { name } of FACET_TAXONOMIES) {
      // Tagged in any version, as the catalogue counts it.
      const ids = [...new Set(versions.flatMap((version) => termIdsOf(version, name)))];
      values[name] = ids.flatMap((id) => {
        const term = termValue(name, id);
        if (!term) return [];
        labels.set(`${name}/${term.value}`, term.label);
        return [term.value];
      });
    }
    // A translation added later does not move the document.
    const created = versions.map((version) => version.entry.createdAt).sort()[0]!;
    return { key: doc.entry.permanentId ?? doc.entry.documentId, doc, languages, values, created };
  });
  const created = [...entries].sort(createdFirst);
  const place = new Map(created.map((entry, index) => [entry, index]));
  // The browser sorts the same way (search-page.ts): the date, then the place in the files.
  entries.sort(
    (a, b) => b.doc.entry.publicationDate.localeCompare(a.doc.entry.publicationDate) || place.get(b)! - place.get(a)!,
  );

  const counts = Object.fromEntries(EXPLORER_FACETS.map((name) => [name, new Map<string, number>()])) as Record<
    ExplorerFacetName,
    Map<string, number>
  >;
  for (const entry of entries)
    for (const name of EXPLORER_FACETS)
      for (const value of entry.values[name]) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);

  const byLabel = (values: { value: string; label: string }[]) =>
    values.sort((a, b) => collator(locale).compare(a.label, b.label));
  const present = (name: ExplorerFacetName) => [...counts[name].keys()];
  const facets: ExplorerFacet[] = [
    {
      name: 'type',
      label: t('filterType'),
      values: DOCUMENT_TYPES.filter((info) => counts.type.has(info.name)).map((info) => ({
        value: info.name,
        label: t(info.singular),
      })),
    },
    ...FACET_TAXONOMIES.map((taxonomy) => ({
      name: taxonomy.name as ExplorerFacetName,
      label: t(taxonomy.facet.filterLabel),
      values: byLabel(
        present(taxonomy.name as ExplorerFacetName).map((value) => ({
          value,
          label: labels.get(`${taxonomy.name}/${value}`)!,
        })),
      ),
    })),
    {
      name: 'year',
      label: t('filterYear'),
      values: present('year')
        .sort()
        .reverse()
        .map((year) => ({ value: year, label: year })),
    },
    {
      name: 'language',
      label: t('filterLanguage'),
      values: Object.entries(NATIVE_NAMES)
        .filter(([code]) => counts.language.has(code))
        .map(([value, label]) => ({ value, label })),
    },
  ];
  return { facets: facets.filter((facet) => facet.values.length > 0), entries, created, counts };
};

const views = new WeakMap<Library, Map<Locale, ExplorerView>>();

/** The view of this library in one language, made once: the search page and the explorer's files read the same one. */
export const explorerView = (library: Library, locale: Locale): ExplorerView => {
  const byLocale = views.get(library) ?? new Map<Locale, ExplorerView>();
  views.set(library, byLocale);
  const view = byLocale.get(locale) ?? viewOf(library, locale);
  byLocale.set(locale, view);
  return view;
};

/** The file the browser narrows: facet values by index, documents as compact tuples, in the order created. */
export const explorerIndex = (view: ExplorerView): ExplorerIndex => {
  const positions = new Map(
    view.facets.map((facet) => [facet.name, new Map(facet.values.map(({ value }, index) => [value, index]))]),
  );
  return {
    facets: view.facets,
    documents: view.created.map((entry) => [
      entry.doc.entry.publicationDate,
      entry.doc.locale,
      view.facets.map((facet) => entry.values[facet.name].map((value) => positions.get(facet.name)!.get(value)!)),
    ]),
  };
};

/** The documents' keys in the index's order: what maps Pagefind's records to them. */
export const explorerKeys = (view: ExplorerView): string[] => view.created.map((entry) => entry.key);

/**
 * The light word index's files (each document's title, and its summary, type and terms' names),
 * each depending on its own content: a publish renders again only the files whose words or
 * postings it changed, and the plan stays one key per file whatever the library's size.
 */
export const explorerWords = (view: ExplorerView): { file: string; words: ExplorerWords; dependencies: string[] }[] =>
  [
    ...explorerWordFiles(
      view.created.map((entry) => ({
        title: entry.doc.entry.title,
        other: [
          entry.doc.entry.summary,
          ...view.facets
            .filter((facet) => facet.name !== 'year' && facet.name !== 'language')
            .flatMap((facet) =>
              entry.values[facet.name].map((value) => facetValueLabel(view.facets, facet.name, value) ?? ''),
            ),
        ],
      })),
    ),
  ].map(([file, words]) => ({
    file,
    words,
    dependencies: [`explorer-words:${createHash('sha256').update(JSON.stringify(words)).digest('base64url')}`],
  }));

/** A document's card in the explorer: in its card file, and in its search records' card filter. */
export const explorerCard = async (doc: LibraryDocument): Promise<ExplorerCard> => {
  const path = documentPath(doc.type, doc.locale, doc.entry.slug);
  return explorerCardOf(path, doc.entry.title, doc.entry.summary, await explorerThumbnail(doc));
};

/** The card files, CARDS_PER_FILE to a file in the order created (cardPlace), and the documents each depends on. */
export const explorerCardFiles = (
  view: ExplorerView,
  locale: Locale,
): { entries: ExplorerEntry[]; dependencies: string[] }[] => {
  const files: { entries: ExplorerEntry[]; dependencies: string[] }[] = [];
  for (let start = 0; start < view.created.length; start += CARDS_PER_FILE) {
    const entries = view.created.slice(start, start + CARDS_PER_FILE);
    // Its documents in every version a card could show: a document removed moves the later ones,
    // changing what the files after it hold, and so what they depend on.
    const dependencies = entries.flatMap(({ doc }) =>
      [...new Set([doc.locale, locale, DEFAULT_LOCALE])].map((version) =>
        documentDependency(doc.type, version, doc.entry.documentId),
      ),
    );
    files.push({ entries, dependencies });
  }
  return files;
};
