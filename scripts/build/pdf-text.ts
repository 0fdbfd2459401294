/**
 * Text of each page of a PDF, for the search index. Reading a large PDF takes seconds, and the
 * same attachments come back build after build, so the text is cached by the file's content hash:
 * a PDF is read once, whatever it is called and however many documents share it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { writeAtomically } from '@resource-hub/site/cache/write-atomically';

// Part of the cache file name: bump it when the extraction changes, so old text is not reused.
const CACHE_VERSION = 1;

export interface PdfTextOptions {
  /** Where extracted text is kept between builds; created when missing. */
  cacheDir: string;
}

interface CachedText {
  version: number;
  pages: string[];
}

export class PdfTextError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'PdfTextError';
  }
}

/** Collapses the spacing PDF layout leaves behind, keeping one line break between lines. */
const tidy = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

const readPages = async (file: string, bytes: Buffer): Promise<string[]> => {
  // pdf.js refuses a Buffer and detaches what it is given, so it gets its own copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    // Only text is wanted: no fonts installed, no workers or files fetched, no generated code run.
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    // Damaged-but-readable PDFs are common; pdf.js copes and its warnings would only be noise.
    verbosity: VerbosityLevel.ERRORS,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new PdfTextError(
      `Could not read the PDF ${file}: ${reason} The file is damaged or is not a PDF. ` +
        'Replace the attachment in the CMS with a PDF that opens in a PDF reader, then build again.',
      file,
    );
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(tidy(text));
      page.cleanup();
    }
    return pages;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PdfTextError(
      `Could not read the text of the PDF ${file}: ${reason} The file is damaged. ` +
        'Replace the attachment in the CMS with a PDF that opens in a PDF reader, then build again.',
      file,
    );
  } finally {
    await pdf.destroy();
  }
};

/**
 * pdf.js runs its "worker" in this thread, shared by every open document; reading two PDFs at
 * once breaks it after the first destroy ("Invalid page request"). It is CPU work on this one
 * thread anyway, so reading one PDF at a time loses nothing.
 */
let queue: Promise<unknown> = Promise.resolve();
const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
};

const readCache = async (cacheFile: string): Promise<string[] | undefined> => {
  try {
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as CachedText;
    if (cached.version === CACHE_VERSION && Array.isArray(cached.pages)) return cached.pages;
  } catch {
    // A missing or half-written cache file only means the PDF is read again.
  }
  return undefined;
};

/** The text of each page of the PDF at `file`, first page first; pages without text are ''. */
export const extractPdfPages = async (file: string, { cacheDir }: PdfTextOptions): Promise<string[]> => {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PdfTextError(`Could not open the PDF ${file}: ${reason}`, file);
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const cacheFile = path.join(cacheDir, `pdf-text-v${CACHE_VERSION}-${hash}.json`);
  const cached = await readCache(cacheFile);
  if (cached) return cached;

  const pages = await oneAtATime(() => readPages(file, bytes));
  await writeAtomically(cacheFile, JSON.stringify({ version: CACHE_VERSION, pages } satisfies CachedText));
  return pages;
};
