/**
 * The search index comes in shards, each a Pagefind index of its own over a share of the
 * documents, so that a publish indexes again only the shard its change falls in (Pagefind cannot
 * add to an index). `pagefind/shards.json` lists them; the search page loads the first, which
 * carries Pagefind's script and WebAssembly and holds every language, and merges the others that
 * hold the reader's language into it.
 */
export const SEARCH_SHARDS_FILE = 'shards.json';

/**
 * In each shard's folder: the document (its explorer key) of each of its records, by Pagefind's id
 * for it, so the explorer can narrow and count results without fetching each one's fragment.
 */
export const SEARCH_DOCUMENTS_FILE = 'documents.json';

export interface SearchShard {
  /** Folder of the shard's index, relative to pagefind/: "" for the first, "shard-1/" ... */
  path: string;
  /** What the shard was indexed from (its pages and PDFs): the same digest, the same index. */
  digest: string;
  /** Documents in it by language: a shard is searched only in the languages it holds. */
  languages: Record<string, number>;
}

export interface SearchShards {
  shards: SearchShard[];
}
