/**
 * What the explorer (/search/) reads in the browser, written at build by explorer-data.ts: one
 * small file per language of every document's facets, and its cards (address, title, summary,
 * cover thumbnail)
 * in files of CARDS_PER_FILE, fetched only for the documents on screen.
 */
export const EXPLORER_FILE = 'explorer.json';
export const CARDS_PER_FILE = 25;
export const explorerCardsFile = (index: number) => `explorer-cards-${index}.json`;
/** Whether a file beside a search page is one of the explorer's. */
export const isExplorerFile = (name: string) => name === EXPLORER_FILE || /^explorer-cards-\d+\.json$/.test(name);

/** The facets in the order the explorer shows them; a document's values follow the same order. */
export const EXPLORER_FACETS = ['type', 'theme', 'region', 'city', 'year', 'language'] as const;
export type ExplorerFacetName = (typeof EXPLORER_FACETS)[number];

export interface ExplorerFacet {
  name: ExplorerFacetName;
  label: string;
  /** value: what the address carries (a slug, a year, a language code); label: what readers see. */
  values: { value: string; label: string }[];
}

/**
 * One document, once, newest first: its key (permanent id), publication date, the language of the
 * version shown (the page's, else English), and per facet the indexes of its values.
 */
export type ExplorerDocument = [key: string, date: string, language: string, facets: number[][]];

export interface ExplorerIndex {
  facets: ExplorerFacet[];
  documents: ExplorerDocument[];
}

/** A cover at a result's size: WebP address, its srcset (1x, 2x), width and height. */
export type ExplorerThumbnail = [src: string, srcset: string, width: number, height: number];

/** A document's card, in the same order as the index's documents: address, title, summary, cover. */
export type ExplorerCard = [url: string, title: string, summary: string, thumbnail?: ExplorerThumbnail];

/** What readers see for a value of a facet (the address carries the value). */
export const facetValueLabel = (facets: ExplorerFacet[], name: string, value: string): string | undefined =>
  facets.find((facet) => facet.name === name)?.values.find((entry) => entry.value === value)?.label;
