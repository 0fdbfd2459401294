/**
 * What the explorer (/search/) reads in the browser, written at build by explorer-data.ts: one
 * small file per language of every document's facets; its cards (address, title, summary, cover
 * thumbnail) in files of CARDS_PER_FILE, fetched only for the documents on screen; its light word
 * index (explorer-words.ts); and the documents' keys, which only Pagefind's full text needs.
 */
import { isExplorerWordsFile } from './explorer-words.js';

export const EXPLORER_FILE = 'explorer.json';
export const EXPLORER_KEYS_FILE = 'explorer-keys.json';
// Few to a file: a query's first results are scattered across the library, each needing its file.
export const CARDS_PER_FILE = 5;
export const explorerCardsFile = (index: number) => `explorer-cards-${index}.json`;
/**
 * Where the card of the document at this position of the index is: its file and place in it. The
 * index runs in the order documents were created, so a new one changes only the last file.
 */
export const cardPlace = (position: number): [file: number, slot: number] => [
  Math.floor(position / CARDS_PER_FILE),
  position % CARDS_PER_FILE,
];
/** Whether a file beside a search page is one of the explorer's. */
export const isExplorerFile = (name: string) =>
  name === EXPLORER_FILE ||
  name === EXPLORER_KEYS_FILE ||
  /^explorer-cards-\d+\.json$/.test(name) ||
  isExplorerWordsFile(name);

/** The facets in the order the explorer shows them; a document's values follow the same order. */
export const EXPLORER_FACETS = ['type', 'theme', 'audience', 'region', 'city', 'year', 'language'] as const;
export type ExplorerFacetName = (typeof EXPLORER_FACETS)[number];

export interface ExplorerFacet {
  name: ExplorerFacetName;
  label: string;
  /** value: what the address carries (a slug, a year, a language code); label: what readers see. */
  values: { value: string; label: string }[];
}

/**
 * One document, once, newest first: its publication date, the language of the version shown (the
 * page's, else English), and per facet the indexes of its values. Its key (permanent id) is in
 * EXPLORER_KEYS_FILE at the same position.
 */
export type ExplorerDocument = [date: string, language: string, facets: number[][]];

export interface ExplorerIndex {
  facets: ExplorerFacet[];
  documents: ExplorerDocument[];
}

/** A cover at a result's size: WebP address, its srcset (1x, 2x), width and height. */
export type ExplorerThumbnail = [src: string, srcset: string, width: number, height: number];

/** A document's card, in the same order as the index's documents: address, title, summary, cover. */
export type ExplorerCard = [url: string, title: string, summary: string, thumbnail?: ExplorerThumbnail];

/** A card, the thumbnail left out rather than null when there is no cover (the files stay small). */
export const explorerCardOf = (
  url: string,
  title: string,
  summary: string,
  thumbnail?: ExplorerThumbnail,
): ExplorerCard => (thumbnail ? [url, title, summary, thumbnail] : [url, title, summary]);

/**
 * A card as the files carry it: its addresses without the site's base path, which the page puts
 * back from its own (data-base), so that a copy served under another path (the downloadable ZIP,
 * whose pages are rewritten but not its JSON) still finds them.
 */
export const portableCard = ([url, title, summary, thumbnail]: ExplorerCard, base: string): ExplorerCard => {
  const strip = (address: string) => (address.startsWith(base) ? address.slice(base.length) : address);
  return explorerCardOf(
    strip(url),
    title,
    summary,
    thumbnail && [strip(thumbnail[0]), thumbnail[1].split(', ').map(strip).join(', '), thumbnail[2], thumbnail[3]],
  );
};

/**
 * The Pagefind filter holding a search record's card (JSON): a query's results are drawn from the
 * fragments their passages come in, without the card files. A filter, not meta: Pagefind indexes
 * meta values as words (a cover's "webp" found every document with one), never filter values,
 * and loads the filter files only for a search with filters, which the explorer never makes.
 */
export const CARD_FILTER = 'card';

/** What readers see for a value of a facet (the address carries the value). */
export const facetValueLabel = (facets: ExplorerFacet[], name: string, value: string): string | undefined =>
  facets.find((facet) => facet.name === name)?.values.find((entry) => entry.value === value)?.label;
