/**
 * The part of Pagefind's browser API (pagefind.js, written by the indexer next to the index)
 * that the search page uses. It exists only once the site is indexed, so it is loaded at run
 * time from the site's own address, never bundled.
 */
import { SEARCH_DATES_FILE, SEARCH_SHARDS_FILE, type SearchShards } from './search-shards.js';

export type FilterCounts = Record<string, Record<string, number>>;
export type FilterSelection = Record<string, { any: string[] }>;

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
  filters: FilterCounts;
}

type SearchOptions = { filters?: FilterSelection; sort?: Record<string, 'asc' | 'desc'> };

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
  preload(term: string, options?: { filters?: FilterSelection }): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
}

const readJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  // Without the shard list, search would quietly cover the first shard only.
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
};

/**
 * Loads the site's Pagefind index, every shard of it that holds the page's language; base is the
 * site's base path ("/" or "/library/"). Results sorted by date are put in order here, from the
 * shards' dates.json, and not by Pagefind: it puts merged results in order of score whatever it
 * is asked, and its sort order would cost a first search some 9 KB of metadata per 3,400 pages,
 * loaded by every reader for the few who sort.
 */
export const loadPagefind = async (base: string): Promise<Pagefind> => {
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
  let dates: Promise<Record<string, string>> | undefined;
  const search = async (term: string | null, searchOptions?: SearchOptions): Promise<SearchResponse | null> => {
    const direction = searchOptions?.sort?.date;
    const response = await pagefind.search(term, { filters: searchOptions?.filters });
    if (!response || !direction) return response;
    dates ??= Promise.all(
      searched.map((shard) => readJson<Record<string, string>>(`${root}${shard.path}${SEARCH_DATES_FILE}`)),
    ).then((all) => Object.assign({}, ...all));
    const dateOf = await dates;
    const sign = direction === 'asc' ? 1 : -1;
    const ranked = response.results.map((result, rank) => ({ result, rank, date: dateOf[result.id] ?? '' }));
    ranked.sort((a, b) => (a.date === b.date ? a.rank - b.rank : a.date < b.date ? -sign : sign));
    return { ...response, results: ranked.map(({ result }) => result) };
  };
  return { ...pagefind, search };
};
