/**
 * The offline side of a release, written once the site is indexed and checked: for each language
 * a list of what its library needs and of every file's hash and size (_offline/<locale>.<hash>.json),
 * and the service worker (sw.js), bundled from site/src/offline/service-worker with Workbox and
 * told this release's files. A new release means a new sw.js, which is how open pages learn of it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LOCALE } from '@resource-hub/content-types';
import { build } from 'esbuild';
import type { BuildManifest } from '@resource-hub/site/build/manifest';
import type {
  FileInfo,
  OfflineLanguage,
  OfflineRelease,
  ServiceWorkerConfig,
} from '@resource-hub/site/offline/offline-manifest';
import { mapLimit } from '../lib/map-limit.js';
import { siteDir } from '../lib/paths.js';
import { readRoutingFile } from '../lib/static-server.js';
import type { PageSummary, SrcsetCandidate } from './check-site.js';
import { isExplorerFile } from '@resource-hub/site/search/explorer-format';
import { SEARCH_DOCUMENTS_FILE, SEARCH_SHARDS_FILE } from '@resource-hub/site/search/search-shards';
import { FILE_CALLS } from './reuse-pages.js';
import { SEARCH_DIR, readSearchShards, type SearchEntry } from './search-fragments.js';

export const OFFLINE_DIR = '_offline';
export const SERVICE_WORKER_FILE = 'sw.js';

/** Every reader gets these on the first visit: what pages and search need to run (with the search and offline pages). */
const SHELL = [/^_astro\/.+\.(css|js)$/, /^pagefind\/pagefind(-worker|-highlight)?\.js$/];
// Documents' cards for other sites (/embed/...): not part of reading the library.
const EMBED_CARD = /^(?:[a-z]{2}\/)?embed\//;
// Saved images: the AVIF of this width or the nearest below it, enough for a reading column.
const SAVED_IMAGE_WIDTH = 960;

export interface OfflineFilesOptions {
  outDir: string;
  manifest: BuildManifest;
  /** By HTML file, what the post-build checks found in it. */
  pages: Map<string, PageSummary>;
}

export interface OfflineFilesResult {
  release: OfflineRelease;
  /** By locale: bytes of its saved library, and of its PDFs. */
  sizes: Record<string, { library: number; attachments: number; files: number }>;
}

/** Hashes by file identity: an incremental build links unchanged files from the live release. */
let hashByIdentity = new Map<string, string>();

const hashOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Files under a folder of the site, as POSIX paths from the site's root. */
const filesUnder = async (root: string, dir: string): Promise<string[]> => {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
};

/** The one size and format of an image that is saved: the AVIF (or else any) nearest the reading width, not above it. */
const savedVariant = (candidates: SrcsetCandidate[]): string => {
  const avif = candidates.filter(({ url }) => url.endsWith('.avif'));
  const choices = (avif.length > 0 ? avif : candidates).map(({ url, width }) => ({
    url,
    width: width ?? SAVED_IMAGE_WIDTH,
  }));
  const fitting = choices.filter(({ width }) => width <= SAVED_IMAGE_WIDTH);
  const pick =
    fitting.length > 0
      ? fitting.reduce((a, b) => (b.width > a.width ? b : a))
      : choices.reduce((a, b) => (b.width < a.width ? b : a));
  return pick.url;
};

/** Hash and size of the file at a site path, remembered by path (infos) and by inode for the next build (seen). */
const fileDescriber =
  (outDir: string, base: string, infos: Map<string, FileInfo>, seen: Map<string, string>) =>
  async (sitePath: string): Promise<FileInfo> => {
    const known = infos.get(sitePath);
    if (known) return known;
    const rel = decodeURIComponent(sitePath.slice(base.length));
    const file = path.join(outDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    const { dev, ino, size, mtimeMs } = await stat(file);
    const identity = `${dev}:${ino}:${size}:${mtimeMs}`;
    const hash = hashByIdentity.get(identity) ?? hashOf(await readFile(file));
    seen.set(identity, hash);
    const info: FileInfo = [hash, size];
    infos.set(sitePath, info);
    return info;
  };

/** The pages worth saving in each language, with their images, in address order. */
const pagesByLocale = (
  pages: Map<string, PageSummary>,
  worthSaving: (rel: string) => boolean,
  sitePathOf: (rel: string) => string,
) => {
  const byLocale = new Map<string, { pages: string[]; images: SrcsetCandidate[][] }>();
  for (const [rel, summary] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    if (!rel.endsWith('index.html') || !summary.lang || !worthSaving(rel)) continue;
    const group = byLocale.get(summary.lang) ?? { pages: [], images: [] };
    group.pages.push(sitePathOf(rel));
    group.images.push(...summary.images);
    byLocale.set(summary.lang, group);
  }
  return byLocale;
};

/** The beginnings of the names of the search files searching one language offline needs, in every shard. */
const searchPrefixesOf = (entries: { shard: { path: string }; entry: SearchEntry }[], locale: string): string[] =>
  entries.flatMap(({ shard, entry }) => {
    const search = entry.languages[locale];
    if (!search) return [];
    const dir = `${SEARCH_DIR}/${shard.path}`;
    // The WebAssembly comes from the first shard, the one the page loads first.
    return [
      `${dir}pagefind-entry.json`,
      `${dir}${SEARCH_DOCUMENTS_FILE}`,
      `${dir}pagefind.${search.hash}.`,
      ...(shard.path === '' ? [`${dir}wasm.${search.wasm ?? 'unknown'}.`] : []),
      ...['index', 'fragment', 'filter'].map((kind) => `${dir}${kind}/${locale}_`),
    ];
  });

/** The explorer's files of one language (site/src/search/explorer-format.ts), beside its search page. */
const explorerFilesOf = async (outDir: string, home: string): Promise<string[]> => {
  const folder = `${home}search/`;
  const names = await readdir(path.join(outDir, folder)).catch(() => [] as string[]);
  return names.filter(isExplorerFile).map((name) => `${folder}${name}`);
};

export const writeOfflineFiles = async ({
  outDir,
  manifest,
  pages,
}: OfflineFilesOptions): Promise<OfflineFilesResult> => {
  const { base } = manifest;
  const infos = new Map<string, FileInfo>();
  const seen = new Map<string, string>();
  const describe = fileDescriber(outDir, base, infos, seen);
  const sitePathOf = (rel: string) => `${base}${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;

  // Each shard's index, by language: what searching that language offline needs.
  const shards = await readSearchShards(outDir);
  const entries = await Promise.all(
    shards.map(async (shard) => ({
      shard,
      entry: JSON.parse(
        await readFile(path.join(outDir, SEARCH_DIR, shard.path, 'pagefind-entry.json'), 'utf8'),
      ) as SearchEntry,
    })),
  );
  const searchFiles = await filesUnder(outDir, SEARCH_DIR);
  const astroFiles = await filesUnder(outDir, '_astro');
  const shell = [...astroFiles, ...searchFiles]
    .filter((rel) => SHELL.some((pattern) => pattern.test(rel)))
    .map(sitePathOf);

  // Addresses the host answers with a redirect or 410 (permanent links, former addresses): not pages to save.
  const routing = await readRoutingFile(outDir);
  const redirected = new Set(
    [...Object.keys(routing.redirects), ...routing.gone].map((from) => `${base}${from.slice(1)}`),
  );
  const byLocale = pagesByLocale(pages, (rel) => !redirected.has(sitePathOf(rel)) && !EMBED_CARD.test(rel), sitePathOf);

  const imagesOfPage = new Map([...pages].map(([rel, summary]) => [sitePathOf(rel), summary.images]));
  const languages: Record<string, string> = {};
  const sizes: OfflineFilesResult['sizes'] = {};
  const fallbackPages: Record<string, string> = {};
  const searchPages: string[] = [];
  await mkdir(path.join(outDir, OFFLINE_DIR), { recursive: true });
  for (const [locale, group] of byLocale) {
    const aliases: Record<string, string> = {};
    const chosen = (images: SrcsetCandidate[][]): string[] =>
      images.map((candidates) => {
        const saved = savedVariant(candidates);
        for (const { url } of candidates) if (url !== saved) aliases[url] = saved;
        return saved;
      });
    const searchPrefixes = searchPrefixesOf(entries, locale);
    const searchIndex = [
      `${SEARCH_DIR}/pagefind-entry.json`,
      `${SEARCH_DIR}/${SEARCH_SHARDS_FILE}`,
      ...searchFiles.filter((rel) => searchPrefixes.some((prefix) => rel.startsWith(prefix))),
    ].map(sitePathOf);
    const documents: OfflineLanguage['documents'] = {};
    const attachments = new Set<string>();
    for (const doc of manifest.documents.filter((document) => document.locale === locale)) {
      const pdfs = doc.attachments.map((attachment) => attachment.url);
      for (const pdf of pdfs) attachments.add(pdf);
      documents[doc.url] = {
        title: doc.title,
        files: [...new Set([doc.url, ...chosen(imagesOfPage.get(doc.url) ?? []), ...pdfs])],
      };
    }
    const home = `${base}${locale === DEFAULT_LOCALE ? '' : `${locale}/`}`;
    const explorer = await explorerFilesOf(outDir, home.slice(base.length));
    const library = [
      ...new Set([...group.pages, ...chosen(group.images), ...searchIndex, ...explorer.map(sitePathOf)]),
    ];
    if (group.pages.includes(`${home}offline/`)) fallbackPages[locale] = `${home}offline/`;
    if (group.pages.includes(`${home}search/`)) searchPages.push(`${home}search/`);
    const listed = [...new Set([...library, ...attachments, ...Object.values(documents).flatMap((doc) => doc.files)])];
    // Several stats at once: one at a time took seconds of every publish at 10,000 documents (see the bench).
    await mapLimit(listed, FILE_CALLS, describe);
    const files: Record<string, FileInfo> = Object.fromEntries(
      listed.map((sitePath) => [sitePath, infos.get(sitePath)!]),
    );
    const language: OfflineLanguage = { locale, files, library, attachments: [...attachments], documents, aliases };
    const json = JSON.stringify(language);
    const name = `${OFFLINE_DIR}/${locale}.${hashOf(Buffer.from(json))}.json`;
    await writeFile(path.join(outDir, name), json);
    languages[locale] = `${base}${name}`;
    const total = (list: Iterable<string>) => [...list].reduce((sum, sitePath) => sum + files[sitePath]![1], 0);
    sizes[locale] = { library: total(library), attachments: total(attachments), files: library.length };
  }
  const precache = await Promise.all(
    [...shell, ...Object.values(fallbackPages), ...searchPages].map(async (url) => ({
      url,
      revision: (await describe(url))[0],
    })),
  );
  hashByIdentity = seen;
  const id = hashOf(Buffer.from(JSON.stringify({ languages, precache })));
  const release: OfflineRelease = { id, base, languages, fallbackPages };
  const config: ServiceWorkerConfig = { release, precache };
  await writeFile(
    path.join(outDir, SERVICE_WORKER_FILE),
    `self.__HUB_OFFLINE__=${JSON.stringify(config)};\n${await serviceWorkerCode()}`,
  );
  return { release, sizes };
};

/** The service worker's code, bundled once per process: it changes only with the site's code. */
let bundled: Promise<string> | undefined;
const serviceWorkerCode = (): Promise<string> => {
  bundled ??= build({
    entryPoints: [path.join(siteDir, 'src', 'offline', 'service-worker', 'index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    // Workbox logs every step unless built for production.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
};
