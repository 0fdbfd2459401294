/**
 * The part of Pagefind's browser API (pagefind.js, written by the indexer next to the index)
 * that the search page uses. It exists only once the site is indexed, so it is loaded at run
 * time from the site's own address, never bundled.
 */
import { excerptMatches, queryTerms } from './explorer-words.js';
import { readJson } from './read-json.js';
import { SEARCH_DOCUMENTS_FILE, SEARCH_SHARDS_FILE, type SearchShard, type SearchShards } from './search-shards.js';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** Among them `card`: the record's explorer card as JSON (explorer-format.ts). */
  filters?: Record<string, string[]>;
  sub_results: SubResult[];
}

export interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
}

interface PagefindOptions {
  baseUrl?: string;
  highlightParam?: string;
  excerptLength?: number;
  /** For a merged index: the language of the index read, when not the page's. */
  language?: string;
}

interface PagefindInstance {
  /** Adds another index's results to this one's (see search-shards.ts). */
  mergeIndex(indexPath: string, options?: PagefindOptions): Promise<void>;
  search(term: string): Promise<SearchResponse | null>;
}

export interface Pagefind extends PagefindInstance {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** A second Pagefind beside the page's, with indexes of its own. */
  createInstance(options: PagefindOptions): PagefindInstance;
}

/** Pagefind with the document each result belongs to (a page or a page of its PDF). */
export interface PagefindSearch {
  search(term: string): Promise<SearchResponse | null>;
  /** Each result's document key (explorer-format.ts), from the shards' documents.json. */
  documentKeys(): Promise<Record<string, string>>;
  /** How many documents the words find in each of the library's other languages. */
  countElsewhere(term: string): Promise<Record<string, number>>;
}

// The results checked against Pagefind's fallback: a page of them, whose fragments it shows anyway.
const CHECKED = 10;

/**
 * A search without the results that only Pagefind's fallback to a shorter word found: among the
 * first CHECKED, those whose passage marks no word starting as the query's do (each shard falls
 * back on its own, so genuine and fallback results come mixed); none genuine there, none at all.
 */
const searchWords = async (instance: PagefindInstance, term: string): Promise<SearchResponse | null> => {
  const response = await instance.search(term);
  if (!response) return response;
  const terms = queryTerms(term);
  const first = response.results.slice(0, CHECKED);
  const genuine = await Promise.all(first.map(async (result) => excerptMatches((await result.data()).excerpt, terms)));
  if (!genuine.includes(true)) return { results: [] };
  return { results: [...first.filter((_, index) => genuine[index]), ...response.results.slice(CHECKED)] };
};

const readDocumentKeys = (root: string, shards: SearchShard[]) =>
  Promise.all(
    shards.map((shard) => readJson<Record<string, string>>(`${root}${shard.path}${SEARCH_DOCUMENTS_FILE}`)),
  ).then((all) => Object.assign({}, ...all) as Record<string, string>);

/**
 * Loads the site's Pagefind index, every shard of it that holds the page's language; base is the
 * site's base path ("/" or "/library/"). Which document a result is comes from the shards'
 * documents.json, read once, rather than from each result's fragment.
 */
export const loadPagefind = async (base: string): Promise<PagefindSearch> => {
  const root = `${base}pagefind/`;
  const [pagefind, { shards }] = await Promise.all([
    import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<Pagefind>,
    readJson<SearchShards>(`${root}${SEARCH_SHARDS_FILE}`),
  ]);
  const options = { baseUrl: base, highlightParam: 'highlight', excerptLength: 24 };
  await pagefind.options(options);
  await pagefind.init();
  // Pagefind searches a shard without the page's language in another language's index.
  const language = document.documentElement.lang.toLowerCase();
  const searched = shards.filter((shard) => shard.path === '' || shard.languages[language]);
  await Promise.all(
    searched.filter((shard) => shard.path !== '').map((shard) => pagefind.mergeIndex(`${root}${shard.path}`, options)),
  );
  let keys: Promise<Record<string, string>> | undefined;
  /**
   * A Pagefind for another language, its shards merged: its own WebAssembly, so that the words
   * are stemmed as that language's index was. Pagefind takes an instance's language from the
   * page's lang attribute alone, read as the instance is made: it is lent for that moment.
   */
  const instanceIn = async (other: string): Promise<PagefindInstance> => {
    const html = document.documentElement;
    const own = html.lang;
    html.lang = other;
    let instance: PagefindInstance;
    try {
      instance = pagefind.createInstance(options);
    } finally {
      html.lang = own;
    }
    const held = shards.filter((shard) => shard.path !== '' && shard.languages[other]);
    await Promise.all(
      held.map((shard) => instance.mergeIndex(`${root}${shard.path}`, { ...options, language: other })),
    );
    return instance;
  };
  const others = [...new Set(shards.flatMap((shard) => Object.keys(shard.languages)))].filter(
    (other) => other !== language,
  );
  let elsewhere: Promise<{ instances: [string, PagefindInstance][]; keys: Record<string, string> }> | undefined;
  const loadElsewhere = () =>
    (elsewhere ??= Promise.all([
      Promise.all(others.map(async (other) => [other, await instanceIn(other)] as [string, PagefindInstance])),
      readDocumentKeys(
        root,
        shards.filter((shard) => others.some((other) => shard.languages[other])),
      ),
    ]).then(
      ([instances, keys]) => ({ instances, keys }),
      (error: unknown) => {
        // A failed load (the connection dropped) is tried again by the next search, not kept.
        elsewhere = undefined;
        throw error;
      },
    ));
  return {
    search: (term) => searchWords(pagefind, term),
    documentKeys: () => (keys ??= readDocumentKeys(root, searched)),
    countElsewhere: async (term) => {
      const { instances, keys: otherKeys } = await loadElsewhere();
      const counts = await Promise.all(
        instances.map(async ([other, instance]) => {
          // A document is counted once, whether the words are on its page or in its PDFs.
          const found = new Set(
            ((await searchWords(instance, term))?.results ?? []).map(({ id }) => otherKeys[id] ?? id),
          );
          return [other, found.size] as const;
        }),
      );
      return Object.fromEntries(counts);
    },
  };
};
