/**
 * The explorer's light word index: the words of each document's title, summary, type and terms
 * (cities, themes, regions), in files by their first two letters, so a first query loads one small
 * file instead of Pagefind's WebAssembly and index. Pagefind's full text stays one click away.
 * Written at build (explorer-data.ts) and read in the browser (search-page.ts) with the same
 * rules, which live here.
 */

/**
 * A word's postings: the document's position in the explorer's index (the order documents were
 * created) × 2, plus 1 when the word is in its title. A new document, whatever its date, leaves
 * every other posting as it was (and a saved library fetches only the files its words are in).
 */
export type ExplorerWords = Record<string, number[]>;

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
// Tatweel stretches Arabic words without changing them.
const TATWEEL = /\u0640/g;
const PREFIX_LENGTH = 2;

/** A word as it is looked up: lower case, accents and Arabic vowel marks dropped ("Collectivités" → "collectivites"). */
export const normalizeWord = (word: string): string =>
  word.normalize('NFKD').replace(MARKS, '').replace(TATWEEL, '').toLowerCase();

/** The words of a text, normalized, of at least PREFIX_LENGTH letters. */
export const wordsOf = (text: string): string[] =>
  (text.match(WORD) ?? []).map(normalizeWord).filter((word) => [...word].length >= PREFIX_LENGTH);

// Arabic writes "the", "and the", "with the" … as part of the word: "الشباب" is also "شباب".
const ARABIC_ARTICLE = /^(?:وال|بال|كال|فال|لل|ال)(?=\p{L}{2})/u;
const withoutArticle = (word: string) => word.replace(ARABIC_ARTICLE, '');

/** A query's terms as looked up: its words, an Arabic word without its article. */
export const queryTerms = (query: string): string[] => [...new Set(wordsOf(query).map(withoutArticle))];

const prefixOf = (word: string) => [...word].slice(0, PREFIX_LENGTH).join('');

/** The file holding the words that start as this one does; letters by code point, so any script makes a plain name. */
export const explorerWordsFile = (word: string): string =>
  `explorer-words-${[...prefixOf(word)].map((letter) => letter.codePointAt(0)!.toString(36)).join('-')}.json`;

export const isExplorerWordsFile = (name: string): boolean => /^explorer-words-[0-9a-z]+-[0-9a-z]+\.json$/.test(name);

export interface WordSource {
  title: string;
  /** Summary, type name and the names of its terms. */
  other: string[];
}

/** Each file's words and their postings, from the documents in the explorer's index order. */
export const explorerWordFiles = (documents: WordSource[]): Map<string, ExplorerWords> => {
  const postings = new Map<string, Map<number, number>>();
  documents.forEach(({ title, other }, position) => {
    const add = (word: string, inTitle: number) => {
      const found = postings.get(word) ?? new Map<number, number>();
      found.set(position, Math.max(found.get(position) ?? 0, inTitle));
      postings.set(word, found);
    };
    const withBare = (words: string[]) => words.flatMap((word) => [...new Set([word, withoutArticle(word)])]);
    for (const word of withBare(wordsOf(other.join(' ')))) add(word, 0);
    for (const word of withBare(wordsOf(title))) add(word, 1);
  });
  const files = new Map<string, ExplorerWords>();
  for (const word of [...postings.keys()].sort()) {
    const file = explorerWordsFile(word);
    const words = files.get(file) ?? {};
    words[word] = [...postings.get(word)!]
      .sort(([a], [b]) => a - b)
      .map(([position, inTitle]) => position * 2 + inTitle);
    files.set(file, words);
  }
  return files;
};

/**
 * What a word typed finds: the words it starts, and for a plural typed whole ("mayors") those its
 * singular starts ("mayor"), as a reader expects and Pagefind's stemming does.
 */
const stemsOf = (term: string): string[] => ([...term].length > 3 && term.endsWith('s') ? [term.slice(0, -1)] : [term]);

/**
 * The positions in the explorer's index of the documents every term (queryTerms) finds, best
 * first: more terms in the title first, then as `newer` orders them (newest first). `filesOf`
 * gives each term's word file.
 */
export const rankWords = (
  terms: string[],
  filesOf: (term: string) => ExplorerWords,
  newer: (a: number, b: number) => number,
): number[] => {
  const scores = new Map<number, number>();
  terms.forEach((term, index) => {
    const stems = stemsOf(term);
    const found = new Map<number, number>();
    for (const [word, postings] of Object.entries(filesOf(term))) {
      if (!stems.some((stem) => word.startsWith(stem))) continue;
      for (const posting of postings) {
        const position = posting >> 1;
        found.set(position, Math.max(found.get(position) ?? 0, 1 + (posting & 1) * 2));
      }
    }
    if (index === 0) for (const [position, score] of found) scores.set(position, score);
    else
      for (const [position, score] of scores)
        if (found.has(position)) scores.set(position, score + found.get(position)!);
        else scores.delete(position);
  });
  return [...scores].sort(([a, x], [b, y]) => y - x || newer(a, b)).map(([position]) => position);
};

/** A text cut into plain and matched parts: the words a term starts are marked. */
export const markWords = (text: string, terms: string[]): { text: string; marked: boolean }[] => {
  const stems = terms.flatMap(stemsOf);
  const parts: { text: string; marked: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = withoutArticle(normalizeWord(match[0]));
    if (!stems.some((stem) => word.startsWith(stem))) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
};

const START = 3;
/**
 * Whether a full-text passage marks a word that starts as one of the terms does (their first three
 * letters, past an Arabic article), or marks none: Pagefind answers a word no index holds with
 * the longest beginning of it one does, "jpg" by every word in "j" (pagefind#780).
 */
export const excerptMatches = (excerpt: string, terms: string[]): boolean => {
  // Pagefind marks what the text has between spaces ("…&gt;annex.pdf"), and indexes each word in it.
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((match) =>
    (match[1]!.match(WORD) ?? []).map((word) => withoutArticle(normalizeWord(word))),
  );
  const starts = terms.map((term) => [...term].slice(0, START).join(''));
  return (
    marked.length === 0 || starts.length === 0 || marked.some((word) => starts.some((start) => word.startsWith(start)))
  );
};
