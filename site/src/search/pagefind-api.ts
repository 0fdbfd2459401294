/**
 * The part of Pagefind's browser API (pagefind.js, written by the indexer next to the index)
 * that the search page uses. It exists only once the site is indexed, so it is loaded at run
 * time from the site's own address, never bundled.
 */
import { readJson } from './read-json.js';
import { SEARCH_DOCUMENTS_FILE, SEARCH_SHARDS_FILE, type SearchShards } from './search-shards.js';

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
  sub_results: SubResult[];
}

export interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
}

interface PagefindOptions {
  baseUrl?: string;
  highlightParam?: string;
  excerptLength?: number;
}

export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Adds another index's results to this one's (see search-shards.ts). */
  mergeIndex(indexPath: string, options?: PagefindOptions): Promise<void>;
  /** Loads the index chunks a term needs, without searching. */
  preload(term: string): Promise<void>;
  search(term: string): Promise<SearchResponse | null>;
}

/** Pagefind with the document each result belongs to (a page or a page of its PDF). */
export interface PagefindSearch {
  search(term: string): Promise<SearchResponse | null>;
  preload(term: string): Promise<void>;
  /** Each result's document key (explorer-format.ts), from the shards' documents.json. */
  documentKeys(): Promise<Record<string, string>>;
}

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
  return {
    search: (term) => pagefind.search(term),
    preload: (term) => pagefind.preload(term),
    documentKeys: () =>
      (keys ??= Promise.all(
        searched.map((shard) => readJson<Record<string, string>>(`${root}${shard.path}${SEARCH_DOCUMENTS_FILE}`)),
      ).then((all) => Object.assign({}, ...all) as Record<string, string>)),
  };
};
