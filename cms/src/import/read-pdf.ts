/**
 * A PDF's text, page by page, and the title its metadata gives, read with pdf.js (pdfjs-dist).
 * Shared by the import and the site build's search index (scripts/build/pdf-text.ts), which say
 * in their own words what to do about a file this refuses.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfProblem = 'encrypted' | 'damaged';

export class PdfReadError extends Error {
  constructor(
    readonly problem: PdfProblem,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'PdfReadError';
  }
}

export interface PdfText {
  /** Each page's lines, first page first, a blank line between paragraphs; a page without a text layer is ''. */
  pages: string[];
  /** The document title in the file's metadata, when it sets one. */
  title?: string;
  /** The first page drawn as a PNG, when asked for. */
  firstPage?: Uint8Array;
}

export interface ReadPdfOptions {
  /** Draw the first page this many pixels wide (for a cover). */
  firstPageWidth?: number;
}

const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';
let pdfjs: Promise<typeof PdfJs> | undefined;
/**
 * An ES module only. Where this file runs as CommonJS (the compiled CMS, and scripts under tsx,
 * whose CommonJS wrapper cannot import() a package) require() loads it, from Node 20.19 on;
 * where it runs as an ES module (Vitest), import() does.
 */
const loadPdfJs = (): Promise<typeof PdfJs> => {
  if (typeof require === 'function')
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- import() fails under tsx's CommonJS (above)
    pdfjs ??= Promise.resolve(require(PDFJS) as typeof PdfJs);
  return (pdfjs ??= import(PDFJS) as Promise<typeof PdfJs>);
};

// Arabic presentation forms (one glyph per letter shape, as fonts draw them) are stored as letters.
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]+/g;

/** Collapses the spacing PDF layout leaves behind, keeping a line per line and one blank line per gap. */
const tidy = (text: string): string =>
  text
    .replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

// A gap between two lines wider than this many line heights ends a paragraph (or sets a heading apart).
const PARAGRAPH_GAP = 1.6;

interface TextItem {
  str: string;
  hasEOL: boolean;
  height: number;
  transform: number[];
}

/** A page's lines in reading order; a blank line where the layout leaves a gap, as between paragraphs. */
const pageText = (items: TextItem[]): string => {
  let text = '';
  let previous: { y: number; height: number } | undefined;
  for (const item of items) {
    const y = item.transform[5]!;
    const height = item.height || Math.abs(item.transform[3]!);
    if (previous && text.endsWith('\n') && previous.y - y > PARAGRAPH_GAP * Math.max(height, previous.height))
      text += '\n';
    text += item.str + (item.hasEOL ? '\n' : '');
    if (item.str.trim()) previous = { y, height };
  }
  return tidy(text);
};

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Node's require: this file's own as CommonJS, one for the working folder as an ES module (Vitest). */
const nodeRequire = (): NodeJS.Require =>
  typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'index.js'));

// pdf.js draws the 14 standard PDF fonts, which files use without embedding them, from these.
const standardFonts = () =>
  path.join(path.dirname(nodeRequire().resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

type RenderParameters = Parameters<PdfJs.PDFPageProxy['render']>[0];

interface NodeCanvas {
  canvas: NonNullable<RenderParameters['canvas']> & { toBuffer(type: 'image/png'): Uint8Array };
  context: RenderParameters['canvasContext'];
}

/** The page as a PNG of the given width, on white, drawn on pdf.js's own canvas in Node (@napi-rs/canvas). */
const drawPage = async (pdf: PdfJs.PDFDocumentProxy, page: PdfJs.PDFPageProxy, width: number) => {
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  const factory = pdf.canvasFactory as { create(width: number, height: number): NodeCanvas };
  const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
  await page.render({ canvas, canvasContext: context, viewport, background: 'white' }).promise;
  return canvas.toBuffer('image/png');
};

const readPages = async (bytes: Uint8Array, options: ReadPdfOptions): Promise<PdfText> => {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // pdf.js detaches what it is given, so it gets its own copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    // Only text is wanted: no fonts installed, no workers or files fetched, no generated code run.
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    standardFontDataUrl: options.firstPageWidth ? standardFonts() : undefined,
    // Damaged-but-readable PDFs are common; pdf.js copes and its warnings would only be noise.
    verbosity: VerbosityLevel.ERRORS,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const encrypted = error instanceof Error && error.name === 'PasswordException';
    throw new PdfReadError(encrypted ? 'encrypted' : 'damaged', reasonOf(error));
  }
  try {
    const pages: string[] = [];
    let firstPage: Uint8Array | undefined;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((item) => 'str' in item) as TextItem[]));
      if (number === 1 && options.firstPageWidth) firstPage = await drawPage(pdf, page, options.firstPageWidth);
      page.cleanup();
    }
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: { Title?: unknown } };
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { pages, title, firstPage };
  } catch (error) {
    throw new PdfReadError('damaged', reasonOf(error));
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

export const readPdf = (bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfText> => {
  const result = queue.then(
    () => readPages(bytes, options),
    () => readPages(bytes, options),
  );
  queue = result.catch(() => undefined);
  return result;
};
