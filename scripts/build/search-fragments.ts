/**
 * Reading what Pagefind wrote into a built site: the shards (site/src/search/search-shards.ts),
 * each shard's entry file and its fragments, one per page (or PDF page) of the index.
 */
import { readFile as readFileCallback } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_SHARDS_FILE, type SearchShard, type SearchShards } from '@resource-hub/site/search/search-shards';

export const SEARCH_DIR = 'pagefind';

/** What pagefind-entry.json says, the part the build reads. */
export interface SearchEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** The search shards of a built site, as `pagefind/shards.json` lists them. */
export const readSearchShards = async (outDir: string): Promise<SearchShard[]> =>
  (JSON.parse(await readFile(path.join(outDir, SEARCH_DIR, SEARCH_SHARDS_FILE), 'utf8')) as SearchShards).shards;

/** One page (or PDF page) of the search index, as Pagefind wrote it. */
export interface SearchFragment {
  language: string;
  /** URL without the base path; Pagefind's browser code adds it back. */
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

// Pagefind 1.6 fragments are gzip files whose JSON follows this signature. A language with more
// pages than the maxFragments option bundles them into `<lang>_group_<hash>` files holding an
// object of fragments by hash instead of a single fragment.
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

type RawFragment = Omit<SearchFragment, 'language'>;

const isFragment = (value: unknown): value is RawFragment =>
  typeof value === 'object' && value !== null && typeof (value as { url?: unknown }).url === 'string';

/** The fragments inside one `.pf_fragment` file. */
export const decodeFragmentFile = (bytes: Buffer): { json: string; fragments: RawFragment[] } => {
  let text = gunzipSync(bytes).toString('utf8');
  if (text.startsWith(FRAGMENT_SIGNATURE)) text = text.slice(FRAGMENT_SIGNATURE.length);
  const parsed = JSON.parse(text) as unknown;
  if (isFragment(parsed)) return { json: text, fragments: [parsed] };
  if (typeof parsed === 'object' && parsed !== null)
    return { json: text, fragments: Object.values(parsed).filter(isFragment) };
  return { json: text, fragments: [] };
};

/** Every fragment of the search index in `<outDir>/pagefind`, all its shards, with the language it belongs to. */
export const readSearchFragments = async (outDir: string): Promise<SearchFragment[]> => {
  const fragments: SearchFragment[] = [];
  for (const shard of await readSearchShards(outDir)) {
    const shardDir = path.join(outDir, SEARCH_DIR, shard.path);
    const entry = JSON.parse(await readFile(path.join(shardDir, 'pagefind-entry.json'), 'utf8')) as SearchEntry;
    for (const name of await readdir(path.join(shardDir, 'fragment'))) {
      if (!name.endsWith('.pf_fragment')) continue;
      const language = languageOfFragment(name, Object.keys(entry.languages));
      for (const fragment of decodeFragmentFile(await readFile(path.join(shardDir, 'fragment', name))).fragments) {
        fragments.push({ ...fragment, language });
      }
    }
  }
  return fragments;
};

/** Fragment files are named `<language>_<hash>`; the longest language that fits wins, for codes like pt-br. */
export const languageOfFragment = (name: string, languages: string[]): string =>
  languages.filter((language) => name.startsWith(`${language}_`)).sort((a, b) => b.length - a.length)[0] ??
  name.split('_')[0]!;

/**
 * The document (its explorer key, the `doc` meta) of every record of one shard, by the id Pagefind
 * gives its result (the fragment's name): what the explorer narrows and counts by, without
 * fetching each result's fragment.
 */
export const fragmentDocuments = async (shardDir: string): Promise<Record<string, string>> => {
  const documents: Record<string, string> = {};
  for (const name of (await readdir(path.join(shardDir, 'fragment'))).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const { fragments } = decodeFragmentFile(await readFile(path.join(shardDir, 'fragment', name)));
    // A bundle of fragments (Pagefind's maxFragments, unused here) would name its pages inside.
    if (fragments.length === 1 && fragments[0]!.meta.doc)
      documents[name.slice(0, -'.pf_fragment'.length)] = fragments[0]!.meta.doc;
  }
  return documents;
};

// The promise version of readFile reads in small chunks and takes twice as long on thousands of
// small pages; the callback version reads a file in one go.
function readFile(file: string): Promise<Buffer>;
function readFile(file: string, encoding: 'utf8'): Promise<string>;
function readFile(file: string, encoding?: 'utf8'): Promise<string | Buffer> {
  return new Promise((resolve, reject) =>
    readFileCallback(file, encoding ?? null, (error, data) => (error ? reject(error) : resolve(data))),
  );
}
