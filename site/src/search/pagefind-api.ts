/**
 * The part of Pagefind's browser API (pagefind.js, written by the indexer next to the index)
 * that the search page uses. It exists only once the site is indexed, so it is loaded at run
 * time from the site's own address, never bundled.
 */
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

export interface Pagefind {
  options(options: { baseUrl?: string; highlightParam?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  /** Loads the index chunks a term needs, without searching. */
  preload(term: string, options?: { filters?: FilterSelection }): Promise<void>;
  search(term: string | null, options?: { filters?: FilterSelection; sort?: Record<string, 'asc' | 'desc'> }): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** Loads the site's Pagefind bundle; base is the site's base path ("/" or "/library/"). */
export const loadPagefind = async (base: string): Promise<Pagefind> => {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });
  await pagefind.init();
  return pagefind;
};
