/**
 * One file as the import reads it: a PDF, a saved web page or a text file turned into what a
 * draft needs (title, language, date, body, summary proposal) and what the editor must check.
 * No Strapi here: the command line and the admin page both reach it through import-file.ts.
 */
import sharp from 'sharp';
import { model } from '../generated-model';
import { detectLanguage } from './detect-language';
import { proposeSummary, proposeTitle } from './draft-proposals';
import { findPublicationDate } from './find-date';
import { htmlText } from './html-text';
import { removeFurniture } from './page-furniture';
import { PdfReadError, readPdf } from './read-pdf';
import { type TextBlock, textBlocks } from './text-blocks';

export type FileKind = 'pdf' | 'html' | 'text';

export const IMPORTABLE_EXTENSIONS: Record<string, FileKind> = {
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

/** What the editor is told about a file that cannot be imported at all. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export interface Extraction {
  kind: FileKind;
  title?: string;
  /** A library language, or undefined when the text's could not be told (see warnings). */
  locale?: string;
  publicationDate?: string;
  /** The body, without the title when it opens the text. */
  blocks: TextBlock[];
  summary?: string;
  /** The whole text, for finding the terms it names. */
  text: string;
  /** What the editor must do or check, in plain words. */
  warnings: string[];
  /** A PDF's first page as a WebP image, for the draft's cover. */
  cover?: Uint8Array;
}

// As wide as the covers editors are asked for ("at least 1200 pixels wide works best").
const COVER_WIDTH = 1200;

const extensionOf = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';

/** The kind the name says, checked against the bytes: a PDF starts with its signature. */
export const fileKind = (name: string, bytes: Uint8Array): FileKind => {
  const kind = IMPORTABLE_EXTENSIONS[extensionOf(name)];
  if (!kind)
    throw new ImportFileError(
      `"${name}" is not a file the import reads: it takes PDFs (.pdf), saved web pages (.html, .htm) and text (.txt). Save or export the document as one of these.`,
    );
  const isPdf = Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
  if ((kind === 'pdf') !== isPdf)
    throw new ImportFileError(
      kind === 'pdf'
        ? `"${name}" is named .pdf but is not a PDF (it has no PDF signature). Open it in a PDF reader to check it, or export it as a PDF again.`
        : `"${name}" is a PDF named ${extensionOf(name)}. Rename it to .pdf and import it again.`,
    );
  return kind;
};

const decodeText = (name: string, bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportFileError(
      `"${name}" is not UTF-8 text. Save it again as UTF-8 (in most editors: Save as… then Encoding: UTF-8).`,
    );
  }
};

const pdfPages = async (name: string, bytes: Uint8Array) => {
  try {
    return await readPdf(bytes, { firstPageWidth: COVER_WIDTH });
  } catch (error) {
    if (!(error instanceof PdfReadError)) throw error;
    throw new ImportFileError(
      error.problem === 'encrypted'
        ? `"${name}" is protected by a password, so its text cannot be read. Open it in a PDF reader, save a copy without the password, and import that.`
        : `"${name}" is damaged or not a readable PDF (${error.reason}). Open it in a PDF reader; if it opens, print it to a new PDF and import that.`,
    );
  }
};

/** The pages of text the file holds, its own title and language when it states them. */
const readSource = async (name: string, kind: FileKind, bytes: Uint8Array) => {
  if (kind === 'pdf') return pdfPages(name, bytes);
  if (kind === 'html') {
    const page = htmlText(decodeText(name, bytes));
    return { pages: [page.text], title: page.title, lang: page.lang };
  }
  return { pages: [decodeText(name, bytes)] };
};

const SITE_SUFFIX = /^\s*[—–|:·-]\s*\S/;

const same = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

export const extractDocument = async (name: string, bytes: Uint8Array, maxSummary: number): Promise<Extraction> => {
  const kind = fileKind(name, bytes);
  const source = await readSource(name, kind, bytes);
  const warnings: string[] = [];
  const lines = removeFurniture(source.pages);
  let blocks = textBlocks(lines);
  let title = proposeTitle(source.title, blocks);
  const opening = blocks[0]?.kind === 'heading' ? blocks[0].text : undefined;
  // A web page's title is often its heading and the site's name ("Youth councils — Strong Cities").
  if (
    title &&
    opening &&
    !same(title, opening) &&
    same(title.slice(0, opening.length), opening) &&
    SITE_SUFFIX.test(title.slice(opening.length))
  )
    title = opening;
  // The title is the draft's own field: the body starts after it.
  if (title && opening && same(opening, title)) blocks = blocks.slice(1);
  const text = lines.join('\n');
  if (!text.trim()) {
    warnings.push(
      kind === 'pdf'
        ? 'The PDF has no text layer (a scan or images of pages): the file is attached, and the text must be typed or OCR’d into the draft.'
        : 'The file holds no text: write the draft’s text.',
    );
  }
  if (!title) warnings.push('No title was found: write one.');
  const detected = text.trim() ? await detectLanguage(text) : undefined;
  // A page that says its language is believed when its text is too short to tell.
  const stated = 'lang' in source ? source.lang?.slice(0, 2).toLowerCase() : undefined;
  let locale = detected?.locale;
  if (detected && detected.locale === undefined) {
    if (model.locales.some(({ code }) => code === stated)) locale = stated;
    else
      warnings.push(
        `The language could not be told (${detected.reason}): the draft is in English; move it if it is not.`,
      );
  }
  const publicationDate = findPublicationDate(lines);
  if (!publicationDate) warnings.push('No publication date was found: enter the date printed on the document.');
  const summary = proposeSummary(blocks, maxSummary);
  if (summary) warnings.push('The summary was taken from the opening paragraphs: rewrite it for readers.');
  else warnings.push('No summary could be proposed: write one.');
  const firstPage = 'firstPage' in source ? source.firstPage : undefined;
  const cover = firstPage ? await sharp(firstPage).webp({ quality: 80 }).toBuffer() : undefined;
  if (cover)
    warnings.push(
      'The cover is the PDF’s first page: check that it suits the document, and describe it in the cover’s image description (alt text).',
    );
  return { kind, title, locale, publicationDate, blocks, summary, text, warnings, cover };
};
