/**
 * Builds the Pagefind search index of a built site: the document pages Astro wrote, plus one
 * record per page of every attached PDF, in the language of its document so that a French search
 * finds the PDFs of French documents. Written to `<outDir>/pagefind/`, in shards
 * (site/src/search/search-shards.ts): given the live release, a shard whose pages and PDFs are
 * unchanged is taken from it, and only the others are indexed again, two at a time.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { access, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  MANIFEST_FILE,
  type BuildManifest,
  type ManifestAttachment,
  type ManifestDocument,
} from '@resource-hub/site/build/manifest';
import { DEFAULT_SEARCH_SHARD_DOCUMENTS } from '@resource-hub/site/config/site-config';
import {
  SEARCH_DOCUMENTS_FILE,
  SEARCH_SHARDS_FILE,
  type SearchShard,
  type SearchShards,
} from '@resource-hub/site/search/search-shards';
import { writeAtomically } from '@resource-hub/site/cache/write-atomically';
import { mapLimit } from '../lib/map-limit.js';
import { extractPdfPages } from './pdf-text.js';
import { SEARCH_DIR, fragmentDocuments, readSearchShards, type SearchEntry } from './search-fragments.js';
import { CARD_FILTER, explorerCardOf, portableCard } from '@resource-hub/site/search/explorer-format';
import { childrenNamed, peakMemoryOf } from './peak-memory.js';
import { linkOrCopy } from './reuse-pages.js';

// Pagefind's ready-made interfaces: the search page uses its API (pagefind.js) instead, so
// these would only be files a static host has to take and nobody loads.
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];
// A merged shard is read with the first shard's script and WebAssembly: only its index is used.
const isShardIndexFile = (rel: string) =>
  rel === 'pagefind-entry.json' ||
  rel === SEARCH_DOCUMENTS_FILE ||
  /^pagefind\.[^/]+\.pf_meta$|^(index|fragment|filter)\//.test(rel);
// How shards are cut and named: a change renames every digest, so nothing is reused across it.
const SHARD_FORMAT = 'shards-v3';
const MAX_SHARDS_PER_LANGUAGE = 3;
const MAX_SHARD_DOCUMENTS = 8000;
// Paths in one glob: a glob of a few thousand does not parse in Pagefind.
const GLOB_PATHS = 1000;

export interface IndexSearchOptions {
  /** The built site, as Astro wrote it (without the base path). */
  outDir: string;
  manifest: BuildManifest;
  /** Where PDF text is cached between builds. */
  cacheDir: string;
  /** Receives a short line now and then; nothing is printed otherwise. */
  onProgress?: (line: string) => void;
  /** The live release: shards indexed from the same pages and PDFs are taken from it. */
  base?: string;
  /** Language versions per shard (the site config's SEARCH_SHARD_DOCUMENTS). */
  shardDocuments?: number;
}

export interface SearchIndexSummary {
  /** By language: HTML pages and PDF pages in its index. */
  languages: Record<string, { pages: number; pdfRecords: number }>;
  shards: { count: number; indexed: number; reused: number };
  seconds: number;
  /** The Pagefind process's peak resident memory, in MB (0 when nothing was indexed). */
  peakMemoryMb: number;
}

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

const PROGRESS_EVERY_MS = 2000;
// pdf.js parses on this thread, so more PDFs at once only overlaps the file reads.
const PDF_CONCURRENCY = 2;
// Pages compared with the live release's, or files linked from it, at once: cheap file system calls, thousands of them.
const PAGE_COMPARISONS = 16;

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
  const { type, year, ...facets } = document.filters;
  const filters: Record<string, string[]> = { type: [type], ...facets, year: [year] };
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
    throw new SearchIndexError(
      `Pagefind failed while ${step}:\n${response.errors.map((error) => `  ${error}`).join('\n')}`,
    );
  }
  return response;
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
    if (
      !current ||
      (current.document.locale !== current.attachment.language && job.document.locale === job.attachment.language)
    )
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

interface Shard extends SearchShard {
  /** Language versions in it. */
  documents: number;
  /** Its language versions; their pages are read with one glob. */
  members: ManifestDocument[];
  pdfs: PdfJob[];
}

/** A document's bucket within its language: from its permanent id, so it stays in its shard build after build. */
const bucketOf = (document: ManifestDocument, buckets: number): number =>
  createHash('sha256')
    .update(document.permanentId ?? document.documentId)
    .digest()
    .readUInt32BE(0) % buckets;

/**
 * How many shards a language's documents are cut into. A reader's first search fetches, for each
 * word, one index chunk from every shard that holds the language, some 50 KiB at 10,000
 * documents however small the shard (863 KiB for a first search over 11 shards, 406 over 3): so
 * at most MAX_SHARDS_PER_LANGUAGE, of about `perShard` documents while the language is small,
 * and more only where a shard would pass MAX_SHARD_DOCUMENTS (Pagefind's memory, some 260 KB a
 * page, stays under 3 GiB).
 */
export const shardsOfLanguage = (documents: number, perShard: number): number =>
  Math.max(
    1,
    Math.ceil(documents / MAX_SHARD_DOCUMENTS),
    Math.min(MAX_SHARDS_PER_LANGUAGE, Math.ceil(documents / perShard)),
  );

/**
 * The shards: each language is cut into buckets of about `perShard` documents, and shard j holds
 * the j-th bucket of every language that has one. The first shard, which the search page loads
 * first, so holds every language; a merged shard is only searched in the languages it holds
 * (Pagefind would search another language's index of a shard that lacks the reader's).
 */
const planShards = (manifest: BuildManifest, jobs: PdfJob[], perShard: number): Omit<Shard, 'digest'>[] => {
  const shards: Omit<Shard, 'digest'>[] = [];
  const byLanguage = new Map<string, ManifestDocument[]>();
  for (const document of manifest.documents) {
    const documents = byLanguage.get(document.locale);
    if (documents) documents.push(document);
    else byLanguage.set(document.locale, [document]);
  }
  for (const documents of byLanguage.values()) {
    const count = shardsOfLanguage(documents.length, perShard);
    const buckets = Array.from({ length: count }, () => [] as ManifestDocument[]);
    for (const document of documents) buckets[bucketOf(document, count)]!.push(document);
    // An empty bucket takes no place: the first shard keeps every language.
    buckets
      .filter((bucket) => bucket.length > 0)
      .forEach((bucket, index) => {
        shards[index] ??= {
          path: index === 0 ? '' : `shard-${index}/`,
          languages: {},
          documents: 0,
          members: [],
          pdfs: [],
        };
        shards[index].members.push(...bucket);
        shards[index].languages[bucket[0]!.locale] = bucket.length;
        shards[index].documents += bucket.length;
      });
  }
  if (shards.length === 0) shards.push({ path: '', languages: {}, documents: 0, members: [], pdfs: [] });
  const shardOfDocument = new Map(shards.flatMap((shard) => shard.members.map((member) => [member, shard] as const)));
  for (const job of jobs) shardOfDocument.get(job.document)!.pdfs.push(job);
  return shards;
};

/** The installed Pagefind's version (its package exports no package.json, so it is found on the module paths). */
const pagefindVersion = async (): Promise<string> => {
  for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = path.join(dir, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
  }
  throw new SearchIndexError('Pagefind is not installed next to the build scripts: run `npm install`.');
};

/** What a shard holds: Pagefind's version, its pages, and its PDFs with what their records carry. */
const shardDigest = async (shard: Omit<Shard, 'digest'>): Promise<string> => {
  const hash = createHash('sha256').update(`${SHARD_FORMAT} ${await pagefindVersion()} ${shard.path}\n`);
  for (const url of shard.members.map((document) => document.url).sort()) hash.update(`${url}\n`);
  for (const { document, attachment } of shard.pdfs)
    hash.update(
      `${attachment.file} ${document.url} ${document.title} ${document.publicationDate} ${JSON.stringify(searchFilters(document))}\n`,
    );
  return hash.digest('hex').slice(0, 32);
};

/** A page is unchanged when it is the base's very file (an incremental build links it) or has the same bytes. */
const samePage = async (file: string, baseFile: string): Promise<boolean> => {
  const [page, before] = await Promise.all([stat(file), stat(baseFile).catch(() => undefined)]);
  if (!before) return false;
  if (page.dev === before.dev && page.ino === before.ino) return true;
  return page.size === before.size && (await readFile(file)).equals(await readFile(baseFile));
};

/** The shards of a release to reuse from: none when there is no base, or it is older than shards. */
const reusableShards = async (release: string | undefined): Promise<SearchShard[]> =>
  release ? readSearchShards(release).catch(() => []) : [];

/** The files of one shard of a release: its folder, without the folders of the shards within it. */
const shardFiles = async (release: string, shardPath: string): Promise<string[]> => {
  const dir = path.join(release, SEARCH_DIR, shardPath);
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!/^shard-\d+\//.test(rel) && rel !== SEARCH_SHARDS_FILE) files.push(rel);
  }
  return files;
};

/** Glob characters are escaped: Pagefind matches the glob against every file's path. */
const exactPath = (rel: string) => rel.replace(/[\\{}[\]*?,!]/g, (char) => `\\${char}`);

/** A shard of the base holding the same pages and PDFs is reused when none of its pages changed. */
const unchangedShards = async (
  shards: Shard[],
  base: string | undefined,
  siteDir: string,
  manifest: BuildManifest,
): Promise<Shard[]> => {
  const previous = new Map((await reusableShards(base)).map((shard) => [shard.path, shard.digest]));
  const reusable: Shard[] = [];
  for (const shard of shards.filter((candidate) => previous.get(candidate.path) === candidate.digest)) {
    let unchanged = true;
    await mapLimit(shard.members, PAGE_COMPARISONS, async (document) => {
      if (!unchanged) return;
      const page = outputFile(siteDir, manifest.base, `${document.url}index.html`);
      if (!(await samePage(page, path.join(base!, path.relative(siteDir, page))))) unchanged = false;
    });
    if (unchanged) reusable.push(shard);
  }
  return reusable;
};

/** Each PDF page with text becomes a search record of the document's language, pointing at that page. */
const addPdfRecords = async (
  index: pagefind.PagefindIndex,
  pdfs: PdfJob[],
  siteBase: string,
  pagesOf: (file: string) => Promise<string[]>,
): Promise<void> => {
  // One record per language and URL: a PDF shared by two documents of one language would otherwise show twice.
  const added = new Set<string>();
  await mapLimit(pdfs, PDF_CONCURRENCY, async ({ document, attachment, file }) => {
    const texts = await pagesOf(file);
    const url = searchUrl(siteBase, attachment.url);
    const filters = searchFilters(document);
    const card = JSON.stringify(
      portableCard(explorerCardOf(document.url, document.title, document.summary, document.thumbnail), siteBase),
    );
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
          meta: {
            title: `${attachment.title} — ${document.title} (p. ${number})`,
            date: document.publicationDate,
            doc: document.permanentId ?? document.documentId,
          },
          filters: { ...filters, [CARD_FILTER]: [card] },
        }),
      );
    }
  });
};

/** The reused shards' files, hard-linked from the base release. */
const linkShards = async (reusable: Shard[], base: string | undefined, searchDir: string): Promise<void> => {
  for (const shard of reusable) {
    const files = await shardFiles(base!, shard.path);
    for (const dir of new Set(files.map((rel) => path.dirname(path.join(searchDir, shard.path, rel)))))
      await mkdir(dir, { recursive: true });
    await mapLimit(files, PAGE_COMPARISONS, (rel) =>
      linkOrCopy(path.join(base!, SEARCH_DIR, shard.path, rel), path.join(searchDir, shard.path, rel)),
    );
  }
};

/** Per language, the document pages and PDF records the written index holds. */
const indexedLanguages = async (
  searchDir: string,
  shards: Shard[],
  manifest: BuildManifest,
): Promise<SearchIndexSummary['languages']> => {
  const pageCounts: Record<string, number> = {};
  for (const shard of shards) {
    const entry = JSON.parse(
      await readFile(path.join(searchDir, shard.path, 'pagefind-entry.json'), 'utf8'),
    ) as SearchEntry;
    for (const [language, { page_count }] of Object.entries(entry.languages))
      pageCounts[language] = (pageCounts[language] ?? 0) + page_count;
  }
  const languages: SearchIndexSummary['languages'] = {};
  for (const [language, pageCount] of Object.entries(pageCounts)) {
    const documents = manifest.documents.filter((document) => document.locale === language).length;
    languages[language] = { pages: documents, pdfRecords: Math.max(0, pageCount - documents) };
  }
  return languages;
};

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Adds a shard's document pages to its index, in batches Pagefind's glob can take; reports each batch. */
const addShardPages = async (
  index: PagefindIndex,
  shard: Shard,
  siteDir: string,
  base: string,
  onBatch: (pages: number) => void,
): Promise<void> => {
  if (shard.members.length === 0) return;
  const files = shard.members.map((document) =>
    exactPath(
      path
        .relative(siteDir, outputFile(siteDir, base, `${document.url}index.html`))
        .split(path.sep)
        .join('/'),
    ),
  );
  let htmlFiles = 0;
  for (let start = 0; start < files.length; start += GLOB_PATHS) {
    const batch = files.slice(start, start + GLOB_PATHS);
    htmlFiles += (
      await pagefindCall(`indexing the HTML pages in ${siteDir}`, () =>
        index.addDirectory({ path: siteDir, glob: `{${batch.join(',')}}` }),
      )
    ).page_count;
    onBatch(batch.length);
  }
  if (htmlFiles !== shard.members.length) {
    throw new SearchIndexError(
      `Pagefind read ${count(htmlFiles)} of the ${count(shard.members.length)} document pages of search shard "${shard.path || 'first'}" in ${siteDir}. ` +
        'Pass the folder the site build wrote to as outDir.',
    );
  }
};

/** Removes what Pagefind writes that the site does not serve: its UI files, and each later shard's copy of the shared ones. */
const removeUnusedFiles = async (indexed: Shard[], siteDir: string, searchDir: string): Promise<void> => {
  for (const shard of indexed) {
    const dir = path.join(searchDir, shard.path);
    const unused =
      shard.path === ''
        ? UNUSED_UI_FILES
        : (await shardFiles(siteDir, shard.path)).filter((rel) => !isShardIndexFile(rel));
    await Promise.all(unused.map((file) => rm(path.join(dir, file), { force: true })));
  }
};

export const indexSearch = async ({
  outDir,
  manifest,
  cacheDir,
  onProgress,
  base,
  shardDocuments = DEFAULT_SEARCH_SHARD_DOCUMENTS,
}: IndexSearchOptions): Promise<SearchIndexSummary> => {
  const started = Date.now();
  const siteDir = path.resolve(outDir);
  const searchDir = path.join(siteDir, SEARCH_DIR);
  const jobs = await pdfJobs(siteDir, manifest);
  const planned = planShards(manifest, jobs, shardDocuments);
  const shards: Shard[] = [];
  for (const shard of planned) shards.push({ ...shard, digest: await shardDigest(shard) });
  const reusable = await unchangedShards(shards, base, siteDir, manifest);
  const toIndex = shards.filter((shard) => !reusable.includes(shard));

  // Fragments left from an earlier build would be served and would confuse the post-build check.
  await rm(searchDir, { recursive: true, force: true });
  await mkdir(searchDir, { recursive: true });

  const textByFile = new Map<string, Promise<string[]>>();
  let pagesRead = 0;
  let lastProgress = Date.now();
  const progress = (force = false) => {
    if (!force && Date.now() - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = Date.now();
    onProgress?.(
      `search: ${count(pagesRead)} of ${count(toIndex.reduce((sum, shard) => sum + shard.documents, 0))} pages read, ${count(toIndex.length)} of ${count(shards.length)} shards to index`,
    );
  };

  const indexShard = async (shard: Shard): Promise<void> => {
    const { index } = await pagefindCall('starting', () => pagefind.createIndex());
    if (!index) throw new SearchIndexError('Pagefind started but returned no index to add pages to.');
    // Pagefind's binary is a child of this process, started by the first index.
    const binary = childrenNamed('pagefind')[0];
    if (!memory && binary) memory = peakMemoryOf(binary);
    try {
      await addShardPages(index, shard, siteDir, manifest.base, (pages) => {
        pagesRead += pages;
        progress();
      });
      await addPdfRecords(index, shard.pdfs, manifest.base, (file) => {
        let pages = textByFile.get(file);
        if (!pages) {
          pages = extractPdfPages(file, { cacheDir });
          textByFile.set(file, pages);
        }
        return pages;
      });
      const outputPath = path.join(searchDir, shard.path);
      await pagefindCall(`writing the index to ${outputPath}`, () => index.writeFiles({ outputPath }));
      await writeAtomically(
        path.join(outputPath, SEARCH_DOCUMENTS_FILE),
        JSON.stringify(await fragmentDocuments(outputPath)),
      );
    } finally {
      await index.deleteIndex().catch(() => {});
    }
  };

  let memory: { stop: () => number } | undefined;
  try {
    // Largest first, so that the last to finish is a small one; Pagefind writes into a folder
    // without clearing it, so the first shard's folder can hold the others.
    await mapLimit(
      [...toIndex].sort((a, b) => b.documents - a.documents),
      Math.max(1, availableParallelism()),
      indexShard,
    );
  } finally {
    await pagefind.close();
  }
  const peakMemoryMb = memory?.stop() ?? 0;
  // Linked in after Pagefind has written: the first shard's folder holds the others.
  await linkShards(reusable, base, searchDir);
  if (reusable.length > 0)
    onProgress?.(
      `search: ${count(reusable.length)} of ${count(shards.length)} index shards unchanged, taken from the live site`,
    );
  await removeUnusedFiles(toIndex, siteDir, searchDir);
  const list: SearchShards = {
    shards: shards.map(({ path: shardPath, digest, languages }) => ({ path: shardPath, digest, languages })),
  };
  await writeAtomically(path.join(searchDir, SEARCH_SHARDS_FILE), JSON.stringify(list));

  const languages = await indexedLanguages(searchDir, shards, manifest);
  const seconds = (Date.now() - started) / 1000;
  const pages = Object.values(languages).reduce((sum, language) => sum + language.pages, 0);
  const records = Object.values(languages).reduce((sum, language) => sum + language.pdfRecords, 0);
  onProgress?.(`search: ${count(pages)} pages, ${count(records)} PDF pages indexed in ${seconds.toFixed(1)} s`);
  return {
    languages,
    shards: { count: shards.length, indexed: toIndex.length, reused: reusable.length },
    seconds,
    peakMemoryMb,
  };
};
