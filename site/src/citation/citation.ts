/**
 * "Cite this" for a document: one CSL-JSON record (the data reference managers exchange), from
 * which citation-js writes the APA reference, BibTeX and RIS. Chicago (author-date) is written
 * here from the same record: citation-js ships no Chicago style, and the CSL style file is not
 * on npm. Nothing depends on the build date, so a rebuild gives the same bytes.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { typeInfo } from '../library/document-types.js';
import type { LibraryDocument } from '../library/library-types.js';
import { dayLabel } from '../i18n/formats.js';

// BibTeX in UTF-8, as biber and every reference manager read it: the ASCII-only default turns
// letters it has no LaTeX command for (all of Arabic) into nothing.
(plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

export interface Citation {
  apa: string;
  chicago: string;
  bibtex: string;
  ris: string;
  /** File name for the downloads, without extension. */
  fileName: string;
}

/**
 * Text as LaTeX reads it, for BibTeX in UTF-8 (which citation-js then passes through untouched):
 * its special characters escaped, and braces, which BibTeX must see balanced, as parentheses.
 */
const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '{': '(',
  '}': ')',
};
const latex = (text: string) => text.replace(/[\\%&#$_~^<>{}]/g, (char) => LATEX[char]!);

/** One line: RIS and BibTeX values cannot span lines, and a reference reads as one. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Titles that APA (as citeproc-js sets it) prints as they are, but for the space before a colon
 * (French style), which it makes a narrow no-break space: letters, digits, spaces and punctuation
 * that neither ends a sentence nor opens a quotation or markup. Anything else (quotes, which
 * citeproc curls; tags, which it reads as formatting; a closing "?", after which it drops the
 * period) goes to citeproc-js.
 */
const PLAIN_TITLE = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,،:;()\-–—’]*[\p{L}\p{M}\p{N})]$/u;
const plainApaTitle = (title: string) => title.replace(/ ([:;])/g, '\u202f$1');

/** The CSL-JSON record of a document: what every format below is written from. */
export const cslRecord = (doc: LibraryDocument, url: string, publisher: string) => {
  const { entry, locale } = doc;
  const [year, month, day] = entry.publicationDate.split('-').map(Number) as [number, number, number];
  const id = `scn-${entry.permanentId ?? entry.documentId}`;
  return {
    id,
    // BibTeX keys: stable and unique across the hub, from the permanent id.
    'citation-key': id.replace(/-/g, ''),
    type: typeInfo(doc.type).citationType,
    title: oneLine(entry.title),
    author: [{ literal: publisher }],
    publisher,
    issued: { 'date-parts': [[year, month, day]] },
    URL: url,
    language: locale,
    abstract: oneLine(entry.summary),
  };
};

export const citeprocApa = (cite: Cite): string =>
  cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();

/** `publisher` is the network's name as the page shows it; Chicago's date is written in the page's language. */
export const citationOf = (doc: LibraryDocument, url: string, publisher: string): Citation => {
  const record = cslRecord(doc, url, publisher);
  const { title } = record;
  const [[year]] = record.issued['date-parts'] as [[number]];
  const cite = new Cite(record);
  return {
    // citeproc takes some 6 ms a reference, over a minute of a 10,000-document build: for the
    // records it prints as they are, the same text is written here (tests/unit/citation.test.ts
    // holds the two to it).
    apa: PLAIN_TITLE.test(title)
      ? `${publisher}. (${year}). ${plainApaTitle(title)}. ${publisher}. ${url}`
      : citeprocApa(cite),
    chicago: `${publisher}. ${year}. “${title}.” ${dayLabel(doc.entry.publicationDate, doc.locale)}. ${url}.`,
    bibtex: new Cite({ ...record, title: latex(title) }).format('bibtex').trim(),
    // citation-js folds RIS values every 70 characters with untagged lines, which many readers
    // refuse; the folds are joined back (one field per line). Records end "ER  - ", space included.
    ris: cite
      .format('ris')
      .replace(/\n(?![A-Z][A-Z0-9] {2}- )/g, '')
      .replace(/\n+$/, ''),
    fileName: `${doc.entry.slug}-${doc.locale}`,
  };
};
