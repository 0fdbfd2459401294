/**
 * Text of each page of a PDF, for the search index. Reading a large PDF takes seconds, and the
 * same attachments come back build after build, so the text is cached by the file's content hash:
 * a PDF is read once, whatever it is called and however many documents share it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PdfReadError, readPdf } from '@resource-hub/cms/import/read-pdf';
import { writeAtomically } from '@resource-hub/site/cache/write-atomically';

// Part of the cache file name: bump it when the extraction changes, so old text is not reused.
const CACHE_VERSION = 2;

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

/** The pages' text, or a message that says what is wrong with the file and what to do. */
const readPages = async (file: string, bytes: Buffer): Promise<string[]> => {
  try {
    // Paragraph breaks mean nothing to the index: the text stays as earlier builds cached it.
    return (await readPdf(bytes)).pages.map((page) => page.replace(/\n\n+/g, '\n'));
  } catch (error) {
    if (!(error instanceof PdfReadError)) throw error;
    const what =
      error.problem === 'encrypted'
        ? 'The file is protected by a password, so its text cannot be read.'
        : 'The file is damaged or is not a PDF.';
    throw new PdfTextError(
      `Could not read the PDF ${file}: ${error.reason} ${what} ` +
        'Replace the attachment in the CMS with a PDF that opens in a PDF reader without a password, then build again.',
      file,
    );
  }
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

  const pages = await readPages(file, bytes);
  await writeAtomically(cacheFile, JSON.stringify({ version: CACHE_VERSION, pages } satisfies CachedText));
  return pages;
};
