/**
 * Builds the Pagefind search index of a built site: the document pages Astro wrote, plus one
 * record per page of every attached PDF, in the language of its document so that a French search
 * finds the PDFs of French documents. Written to `<outDir>/pagefind/`.
 */
import { access, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { MANIFEST_FILE, type BuildManifest, type ManifestAttachment, type ManifestDocument } from '../../site/src/build/manifest.js';
import { extractPdfPages } from './pdf-text.js';

export const SEARCH_DIR = 'pagefind';
// Pagefind's ready-made interfaces: the search page uses its API (pagefind.js) instead, so
// these would only be files a static host has to take and nobody loads.
const UNUSED_UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];

export interface IndexSearchOptions {
  /** The built site, as Astro wrote it (without the base path). */
  outDir: string;
  manifest: BuildManifest;
  /** Where PDF text is cached between builds. */
  cacheDir: string;
  /** Receives a short line now and then; nothing is printed otherwise. */
  onProgress?: (line: string) => void;
}

export interface SearchIndexSummary {
  /** By language: HTML pages and PDF pages in its index. */
  languages: Record<string, { pages: number; pdfRecords: number }>;
  seconds: number;
}

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

/** What pagefind-entry.json says, the part the build reads. */
export interface SearchEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

const PROGRESS_EVERY_MS = 2000;
// pdf.js parses on this thread, so more PDFs at once only overlaps the file reads.
const PDF_CONCURRENCY = 2;

const count = (value: number): string => value.toLocaleString('en-US');

/**
 * The URL a site path has inside the search index. Pagefind names pages by their place in the
 * output folder and its browser code puts the base path back in front of every result URL, so
 * records must leave the base out too, or a site hosted under /prefix/ would link to /prefix/prefix/.
 */
export const searchUrl = (base: string, sitePath: string): string => {
  if (!sitePath.startsWith(base)) {
    throw new SearchIndexError(
      `The site path "${sitePath}" does not start with the base path "${base}". Every URL in ${MANIFEST_FILE} ` +
        'must include the base path; check how the site build writes the manifest.',
    );
  }
  return `/${sitePath.slice(base.length)}`;
};

/** The file a site path names inside the output folder. */
export const outputFile = (outDir: string, base: string, sitePath: string): string =>
  path.join(outDir, ...decodeURIComponent(searchUrl(base, sitePath)).split('/').filter(Boolean));

/** Pagefind filters of a document, leaving out the empty ones Pagefind would list as blank options. */
export const searchFilters = (document: ManifestDocument): Record<string, string[]> => {
  const { type, theme, region, city, year } = document.filters;
  const filters: Record<string, string[]> = { type: [type], theme, region, city, year: [year] };
  return Object.fromEntries(
    Object.entries(filters)
      .map(([name, values]) => [name, values.filter((value) => value !== '')] as const)
      .filter(([, values]) => values.length > 0),
  );
};

/** Runs a Pagefind call, turning both its error list and its rejections (often bare strings) into one clear error. */
const pagefindCall = async <T extends { errors: string[] }>(step: string, call: () => Promise<T>): Promise<T> => {
  let response: T;
  try {
    response = await call();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SearchIndexError(`Pagefind failed while ${step}: ${reason}`);
  }
  if (response.errors.length > 0) {
    throw new SearchIndexError(`Pagefind failed while ${step}:\n${response.errors.map((error) => `  ${error}`).join('\n')}`);
  }
  return response;
};

/**
 * Runs task over items, a few at a time. On a failure the others stop taking work and are waited
 * for, so nothing still talks to Pagefind after it is closed (a late call would start it again).
 */
const mapLimit = async <T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      try {
        await task(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
};

interface PdfJob {
  document: ManifestDocument;
  attachment: ManifestAttachment;
  file: string;
}

/**
 * A PDF shared by a document's translations is one URL, and Pagefind keeps one record per URL
 * across languages: it goes into one index, that of the translation in the PDF's own language
 * (its text is in that language, so that is where its words are stemmed right), else the first.
 */
const oneCarrierPerFile = (jobs: PdfJob[]): PdfJob[] => {
  const chosen = new Map<string, PdfJob>();
  for (const job of jobs) {
    const current = chosen.get(job.file);
    if (!current || (current.document.locale !== current.attachment.language && job.document.locale === job.attachment.language))
      chosen.set(job.file, job);
  }
  return [...chosen.values()];
};

const pdfJobs = async (outDir: string, manifest: BuildManifest): Promise<PdfJob[]> => {
  const jobs: PdfJob[] = [];
  for (const document of manifest.documents) {
    for (const attachment of document.attachments) {
      // Only PDFs have text the index can read; other attachments are still linked from the page.
      if (!attachment.file.toLowerCase().endsWith('.pdf')) continue;
      const file = outputFile(outDir, manifest.base, attachment.url);
      try {
        await access(file);
      } catch {
        throw new SearchIndexError(
          `The PDF "${attachment.file}" of ${document.type} "${document.title}" (${document.documentId}, ${document.locale}) ` +
            `is not in the output: expected it at ${file} for the URL ${attachment.url}. ` +
            'The media copy step should have put it there; run the whole build rather than the search step alone.',
        );
      }
      jobs.push({ document, attachment, file });
    }
  }
  return oneCarrierPerFile(jobs);
};

/**
 * Only document pages are indexed (they alone carry data-pagefind-body), so Pagefind reads those
 * folders and not the listings, term pages, cards and redirect pages around them: a third of the
 * site's HTML.
 */
const documentPagesGlob = (manifest: BuildManifest): string => {
  const folders = new Set(manifest.documents.map((document) => document.url.slice(manifest.base.length).split('/').slice(0, -2).join('/')));
  return `{${[...folders].sort().join(',')}}/*/index.html`;
};

export const indexSearch = async ({ outDir, manifest, cacheDir, onProgress }: IndexSearchOptions): Promise<SearchIndexSummary> => {
  const started = Date.now();
  const siteDir = path.resolve(outDir);
  const outputPath = path.join(siteDir, SEARCH_DIR);
  const jobs = await pdfJobs(siteDir, manifest);
  const pdfRecords: Record<string, number> = {};
  let lastProgress = Date.now();

  try {
    const { index } = await pagefindCall('starting', () => pagefind.createIndex());
    if (!index) throw new SearchIndexError('Pagefind started but returned no index to add pages to.');

    // An empty library has no document pages to read (and Pagefind refuses an empty glob).
    const { page_count: htmlFiles } =
      manifest.documents.length === 0
        ? { page_count: 0 }
        : await pagefindCall(`indexing the HTML pages in ${siteDir}`, () => index.addDirectory({ path: siteDir, glob: documentPagesGlob(manifest) }));
    if (htmlFiles === 0 && manifest.documents.length > 0) {
      throw new SearchIndexError(
        `Pagefind found no HTML pages in ${siteDir}, yet the manifest lists ${count(manifest.documents.length)} documents. ` +
          'Pass the folder the site build wrote to as outDir.',
      );
    }
    onProgress?.(`search: ${count(htmlFiles)} HTML files read`);

    // One record per language and URL: a PDF shared by two documents of one language would otherwise show twice.
    const added = new Set<string>();
    const textByFile = new Map<string, Promise<string[]>>();
    let pdfsRead = 0;
    let recordTotal = 0;
    await mapLimit(jobs, PDF_CONCURRENCY, async ({ document, attachment, file }) => {
      let pages = textByFile.get(file);
      if (!pages) {
        pages = extractPdfPages(file, { cacheDir });
        textByFile.set(file, pages);
      }
      const texts = await pages;
      const url = searchUrl(manifest.base, attachment.url);
      const filters = searchFilters(document);
      for (const [offset, text] of texts.entries()) {
        if (text === '') continue;
        const number = offset + 1;
        const key = `${document.locale} ${url}#page=${number}`;
        if (added.has(key)) continue;
        added.add(key);
        await pagefindCall(`adding page ${number} of the PDF ${attachment.file}`, () =>
          index.addCustomRecord({
            url: `${url}#page=${number}`,
            content: text,
            language: document.locale,
            meta: { title: `${attachment.title} — ${document.title} (p. ${number})`, date: document.publicationDate },
            filters,
            // Sorting by date drops records that have no date, so every record carries one.
            sort: { date: document.publicationDate },
          }),
        );
        pdfRecords[document.locale] = (pdfRecords[document.locale] ?? 0) + 1;
        recordTotal += 1;
      }
      pdfsRead += 1;
      if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = Date.now();
        onProgress?.(`search: ${count(pdfsRead)} of ${count(jobs.length)} PDFs read, ${count(recordTotal)} PDF pages indexed`);
      }
    });

    // Fragments left from an earlier build would be served and would confuse the post-build check.
    await rm(outputPath, { recursive: true, force: true });
    await pagefindCall(`writing the index to ${outputPath}`, () => index.writeFiles({ outputPath }));
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(path.join(outputPath, file), { force: true })));
  } finally {
    await pagefind.close();
  }

  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as SearchEntry;
  const languages: SearchIndexSummary['languages'] = {};
  for (const [language, { page_count }] of Object.entries(entry.languages)) {
    const records = pdfRecords[language] ?? 0;
    languages[language] = { pages: Math.max(0, page_count - records), pdfRecords: records };
  }
  const seconds = (Date.now() - started) / 1000;
  const pages = Object.values(languages).reduce((sum, language) => sum + language.pages, 0);
  const records = Object.values(languages).reduce((sum, language) => sum + language.pdfRecords, 0);
  onProgress?.(`search: ${count(pages)} pages, ${count(records)} PDF pages indexed in ${seconds.toFixed(1)} s`);
  return { languages, seconds };
};
