/**
 * Cities, themes, regions and partners an imported text names, among the terms the library
 * already has, offered to the editor; never created. A term matches by any of its names (each
 * language's), as a whole phrase, ignoring case and accents; the most mentioned come first.
 */

export interface Term {
  documentId: string;
  /** Its name in every language it has. */
  names: string[];
}

export interface Suggestion {
  documentId: string;
  /** The name as first found, for the editor to see why. */
  name: string;
  mentions: number;
}

const folded = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names shorter than this ("UN", "Ur") match too much by chance. */
const MIN_NAME_LENGTH = 3;

export const suggestTerms = (text: string, terms: Term[]): Suggestion[] => {
  const haystack = folded(text);
  return terms
    .flatMap((term) => {
      let mentions = 0;
      let name: string | undefined;
      // Spellings that differ only by accents or case ("Montreal", "Montréal") are counted once.
      const spellings = new Map<string, string>();
      for (const candidate of term.names.map((value) => value.trim()))
        if (candidate.length >= MIN_NAME_LENGTH && !spellings.has(folded(candidate)))
          spellings.set(folded(candidate), candidate);
      for (const [spelling, candidate] of spellings) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(spelling)}(?![\\p{L}\\p{N}])`, 'gu');
        const found = haystack.match(pattern)?.length ?? 0;
        if (found > 0) name ??= candidate;
        mentions += found;
      }
      return name ? [{ documentId: term.documentId, name, mentions }] : [];
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
};
