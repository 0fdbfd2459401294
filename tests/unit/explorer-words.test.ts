import { describe, expect, it } from 'vitest';
import {
  excerptMatches,
  explorerWordFiles,
  explorerWordsFile,
  isExplorerWordsFile,
  markWords,
  normalizeWord,
  queryTerms,
  rankWords,
  wordsOf,
  type WordSource,
} from '../../site/src/search/explorer-words.js';

// In the index's order (the order created); here position 0 is also the newest.
const library: WordSource[] = [
  { title: 'Youth councils in Oslo', other: ['How young people advise the mayor.', 'City spotlight', 'Oslo'] },
  { title: 'Mayors against hate speech', other: ['A guide for city halls.', 'Guide', 'Hate speech'] },
  { title: 'Les collectivités face à la haine', other: ['Un rapport des maires.', 'Event report', 'Lyon'] },
  { title: 'الشباب والتماسك الاجتماعي', other: ['تقرير عن مدينة الرباط', 'City spotlight', 'الرباط'] },
  { title: 'Soft targets', other: ['Protecting places where mayors meet the public.', 'Toolkit'] },
];

const files = explorerWordFiles(library);
const search = (query: string) => {
  const terms = queryTerms(query);
  return rankWords(
    terms,
    (term) => files.get(explorerWordsFile(term)) ?? {},
    (a, b) => a - b,
  ).map((position) => library[position]!.title);
};

describe('the explorer light word index', () => {
  it.each([
    ['Collectivités', 'collectivites'],
    ['MAYORS', 'mayors'],
    ['الرَّباط', 'الرباط'],
    ['أمن', 'امن'],
    ['مـدينة', 'مدينة'],
  ])('looks up %s as %s', (word, looked) => expect(normalizeWord(word)).toBe(looked));

  it('keeps words of two letters or more, whatever their script', () => {
    expect(wordsOf('A guide, in 2024, for É-cities: الرباط و')).toEqual([
      'guide',
      'in',
      '2024',
      'for',
      'cities',
      'الرباط',
    ]);
  });

  it('files words by their first two letters under plain names, one file for a word and its beginnings', () => {
    expect(explorerWordsFile('mayors')).toBe(explorerWordsFile('ma'));
    expect(explorerWordsFile('mayors')).not.toBe(explorerWordsFile('youth'));
    for (const word of ['mayors', 'الرباط', '2024', 'écoles'])
      expect(explorerWordsFile(normalizeWord(word))).toMatch(/^explorer-words-[0-9a-z]+-[0-9a-z]+\.json$/);
    for (const name of files.keys()) expect(isExplorerWordsFile(name)).toBe(true);
    expect(isExplorerWordsFile('explorer-words-../x.json')).toBe(false);
  });

  it.each<[string, string[]]>([
    // The title's match first, then the summaries'; newest first among equals. A plural typed
    // finds its singular ("the mayor"), a singular or a word begun its plural and longer words.
    ['mayors', ['Mayors against hate speech', 'Youth councils in Oslo', 'Soft targets']],
    ['mayor', ['Mayors against hate speech', 'Youth councils in Oslo', 'Soft targets']],
    ['may', ['Mayors against hate speech', 'Youth councils in Oslo', 'Soft targets']],
    // Every word must be found: in the title, summary, type or terms.
    ['hate guide', ['Mayors against hate speech']],
    ['oslo spotlight', ['Youth councils in Oslo']],
    ['collectivites', ['Les collectivités face à la haine']],
    ['COLLECTIVITÉS lyon', ['Les collectivités face à la haine']],
    ['الرباط', ['الشباب والتماسك الاجتماعي']],
    // An Arabic word is found with or without its article, and "and the" is part of the word.
    ['شباب', ['الشباب والتماسك الاجتماعي']],
    ['والتماسك', ['الشباب والتماسك الاجتماعي']],
    ['التماسك', ['الشباب والتماسك الاجتماعي']],
    ['mayors nowhere', []],
    ['zz', []],
    ['target', ['Soft targets']],
  ])('finds "%s" in titles, summaries and terms', (query, titles) => expect(search(query)).toEqual(titles));

  it('marks the words a query starts in a passage, keeping the text as written', () => {
    expect(markWords('How young people advise the mayor.', ['mayors', 'you'])).toEqual([
      { text: 'How ', marked: false },
      { text: 'young', marked: true },
      { text: ' people advise the ', marked: false },
      { text: 'mayor', marked: true },
      { text: '.', marked: false },
    ]);
    expect(markWords('Les collectivités', ['collectivites']).filter((part) => part.marked)).toEqual([
      { text: 'collectivités', marked: true },
    ]);
    expect(markWords('اللجنة البلدية للشباب', queryTerms('الشباب')).filter((part) => part.marked)).toEqual([
      { text: 'للشباب', marked: true },
    ]);
  });

  it.each<[string, string, boolean]>([
    ['the <mark>mayors</mark> met', 'mayors', true],
    // Pagefind's stemming: "targets" marks "targeted".
    ['a <mark>targeted</mark> attack', 'targets', true],
    ['<mark>Collectivités</mark> locales', 'collectivités', true],
    ['اللجنة البلدية <mark>للشباب</mark>', 'الشباب', true],
    // "jpg", in no index, answered by the words in "j".
    ['a <mark>journalist</mark> and a <mark>judge</mark>', 'jpg', false],
    ['no marks in the opening lines', 'jpg', true],
    // A file name with markup in it, escaped: the words are inside what Pagefind marks.
    ['<mark>onerror=&quot;window.x=8&quot;&gt;annex.pdf</mark>', 'annex', true],
  ])('takes the passage "%s" as an answer to "%s": %s', (excerpt, query, answers) =>
    expect(excerptMatches(excerpt, queryTerms(query))).toBe(answers),
  );

  it('leaves every posting of the other documents as it was when a document is added', () => {
    const newer = explorerWordFiles([...library, { title: 'Mayors in Lyon', other: ['Guide'] }]);
    for (const [file, words] of files)
      for (const [word, postings] of Object.entries(words))
        expect(newer.get(file)![word]!.slice(0, postings.length), word).toEqual(postings);
  });
});
