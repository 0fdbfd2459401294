/**
 * Bench steps for the library itself, once the CMS holds the corpus: reading the content, a cold
 * and a warm site build (Astro, images, Pagefind, checks), what a document page weighs, and what
 * a reader's first search costs in Chromium.
 */
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { LOCALES, contentTypes } from '@resource-hub/content-types';
import { buildSite } from '../build/build-site.js';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../lib/chromium.js';
import { startStaticServer } from '../lib/static-server.js';
import { fetchPublished } from '@resource-hub/site/cms/fetch-published';
import { walk } from '../build/check-site.js';
import { type Figures, amount, percentile } from './figures.js';
import { recordLoad } from './load.js';
import {
  EXPLORER_UI,
  STOCK_PAGEFIND_UI,
  measureSearch,
  type SearchProbeResult,
  type Transfer,
} from './first-search.js';
import { buildStockSite } from './stock-site.js';
import { recordArchive, recordOfflineSizes } from './offline-steps.js';
import type { BenchStep } from './steps.js';

const directorySize = async (dir: string): Promise<number> => {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  return total;
};

/** Every published entry of every type and language, as the build's loader reads them. */
export const contentFetch: BenchStep = async ({ cms, buildToken, figures, log }) => {
  log('reading all published content over the REST API…');
  const started = performance.now();
  let entries = 0;
  for (const type of contentTypes)
    for (const locale of LOCALES)
      entries += (await fetchPublished({ url: cms.url, token: buildToken }, type.name as never, { locale })).length;
  figures.seconds(
    'site.fetch',
    `content fetch (${entries} entries, all types and languages, validated)`,
    performance.now() - started,
  );
};

/**
 * What a build keeps of image work between builds: the encoded images and the sharing cards. The
 * goal's cold build (issue 8) measures image processing separately, so it keeps these and
 * nothing else (no Astro cache, content store, attachments or PDF text).
 */
const IMAGE_CACHES = ['images', 'og'];

/** Everything of a build's cache but the image work, and its output: a cold build that only skips image processing. */
const forgetAllButImages = async (cacheDir: string, outDir: string): Promise<void> => {
  await rm(outDir, { recursive: true, force: true });
  for (const entry of await readdir(cacheDir))
    if (!IMAGE_CACHES.includes(entry)) await rm(path.join(cacheDir, entry), { recursive: true, force: true });
};

type BuildResult = Awaited<ReturnType<typeof buildSite>>;
type Log = (line: string) => void;

const recordColdBuild = (figures: Figures, cold: BuildResult): void => {
  figures.seconds(
    'site.cold.total',
    `cold build from nothing, total (${cold.pages} pages, ${cold.manifest.documents.length} documents)`,
    cold.seconds.total * 1000,
  );
  figures.seconds('site.cold.astro', '  Astro (fetch, render, encode images)', cold.seconds.astro * 1000);
  figures.seconds(
    'site.cards',
    `  sharing images (${cold.cards.drawn} drawn)`,
    cold.seconds.cards * 1000,
    `${((cold.seconds.cards * 1000) / Math.max(1, cold.cards.drawn)).toFixed(1)} ms a card, ${availableParallelism()} at a time`,
  );
  figures.seconds(
    'site.cold.search',
    `  Pagefind, every shard (${cold.search.shards.count})`,
    cold.search.seconds * 1000,
  );
  figures.add('site.cold.memory', 'cold build, Astro peak memory (largest process)', cold.astroPeakMemoryMb, 'MB');
  figures.add('site.search.memory', 'cold build, Pagefind peak memory', cold.search.peakMemoryMb, 'MB');
};

const recordWarmBuild = async (
  figures: Figures,
  cold: BuildResult,
  warm: BuildResult,
  outDir: string,
): Promise<void> => {
  figures.seconds('site.warm.total', 'warm build, total', warm.seconds.total * 1000);
  figures.seconds('site.warm.astro', 'warm build, Astro (fetch, render; images cached)', warm.seconds.astro * 1000);
  figures.seconds(
    'site.images',
    'image encoding (cold Astro minus warm Astro)',
    (cold.seconds.astro - warm.seconds.astro) * 1000,
  );
  figures.add('site.warm.memory', 'warm build, Astro peak memory (largest process)', warm.astroPeakMemoryMb, 'MB');
  figures.add(
    'site.pages.rate',
    'pages per second (warm Astro)',
    Math.round(warm.pages / warm.seconds.astro),
    'pages/s',
  );
  figures.seconds('site.search', 'Pagefind index (pages and PDF text, every shard)', warm.search.seconds * 1000);
  figures.bytes('site.search.size', 'Pagefind index size on disk', await directorySize(path.join(outDir, 'pagefind')));
  // Static hosts cap the files of a deployment: the README's deployment section quotes these (docs/deployment.md).
  const files = await walk(outDir);
  const searchFiles = [...files.files].filter((file) => file.startsWith('pagefind/')).length;
  figures.add(
    'site.files',
    'files in the release (what a static host must accept)',
    files.files.size,
    'files',
    `${files.files.size} files, ${searchFiles} of them Pagefind's`,
  );
  figures.seconds('site.checks', 'post-build checks', warm.seconds.checks * 1000);
  figures.seconds('site.offline', 'offline lists and service worker', warm.seconds.offline * 1000);
  await recordOfflineSizes(figures, 'corpus', 'with the corpus', warm, true);
};

const recordImagesKeptBuild = (figures: Figures, build: BuildResult): void => {
  figures.seconds(
    'site.cold.imagesKept.total',
    'cold build, image work measured apart (goal), total',
    build.seconds.total * 1000,
  );
  figures.seconds('site.cold.imagesKept.astro', '  Astro (fetch, render)', build.seconds.astro * 1000);
  figures.seconds('site.cold.imagesKept.search', '  Pagefind, every shard', build.search.seconds * 1000);
  figures.seconds(
    'site.cold.imagesKept.rest',
    '  attachments, checks, offline lists, switch',
    (build.seconds.total - build.seconds.astro - build.search.seconds) * 1000,
  );
  figures.add('site.cold.imagesKept.memory', '  Astro peak memory', build.astroPeakMemoryMb, 'MB');
};

/** A built page's HTML and stylesheets, gzipped as the site serves them, and its scripts' addresses. */
const pageWeight = async (outDir: string, pagePath: string) => {
  const html = await readFile(path.join(outDir, pagePath, 'index.html'), 'utf8');
  const css = await Promise.all(
    [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => readFile(path.join(outDir, match[1]))),
  );
  return {
    html: gzipSync(html).length,
    css: css.reduce((sum, file) => sum + gzipSync(file).length, 0),
    scripts: [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]),
  };
};

/** What a reader downloads to read a document page, the home page and a listing; returns the document's address. */
const recordPageWeight = async (figures: Figures, warm: BuildResult, outDir: string): Promise<string> => {
  const sample =
    warm.manifest.documents.find((doc) => doc.type === 'guide' && doc.locale === 'en') ?? warm.manifest.documents[0];
  const page = await pageWeight(outDir, sample.url);
  figures.bytes('page.html', 'document page HTML, gzipped', page.html);
  figures.bytes('page.css', 'document page CSS, gzipped', page.css);
  figures.bytes('page.total', 'document page to read it (HTML and CSS), gzipped', page.html + page.css);
  figures.add(
    'page.js',
    'document page scripts (offline saving; reading needs none)',
    page.scripts.length,
    'files',
    page.scripts.length === 0 ? 'none' : page.scripts.join(', '),
  );
  for (const [key, label, pagePath] of [
    ['home', 'home page', '/'],
    ['listing', 'a listing (guides, first page)', '/guides/'],
  ] as const) {
    const weight = await pageWeight(outDir, pagePath);
    figures.bytes(`page.${key}.total`, `${label} before images (HTML and CSS), gzipped`, weight.html + weight.css);
  }
  return sample.url;
};

const QUERIES: [string, string] = ['mayors', 'youth'];
const RUNS = 3;

const ratio = (hub: number, stock: number) => Math.round((hub / stock) * 100) / 100;

/** One measure for both sites, and how the library's compares: hub / stock. */
const recordPair = (figures: Figures, key: string, label: string, hub: number, stock: number, unit: string): void => {
  figures.add(`${key}.hub`, `${label}: library`, hub, unit, amount(hub, unit));
  figures.add(`${key}.stock`, `${label}: stock Pagefind UI`, stock, unit, amount(stock, unit));
  figures.add(`${key}.ratio`, `${label}: library ÷ stock`, ratio(hub, stock), '×', amount(ratio(hub, stock), '×'));
};

const byKind = (step: Transfer) =>
  Object.entries(step.bytesByKind)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, bytes]) => `${kind} ${amount(bytes, 'bytes')}`)
    .join(', ');

const describeRun = (site: string, run: number, probe: SearchProbeResult) =>
  `  ${site} ${run}: opened ${amount(probe.open.bytes, 'bytes')}; "${QUERIES[0]}" ${amount(probe.first.bytes, 'bytes')} (${byKind(probe.first)}), first result in ${probe.first.msToFirstResult} ms${probe.first.searched.length > 1 ? ` (searched ${probe.first.searched.map((term) => `"${term}"`).join(' then ')})` : ''}; "${QUERIES[1]}" ${amount(probe.second.bytes, 'bytes')} in ${probe.second.msToFirstResult} ms`;

/**
 * Fresh readers on the library's explorer and on the stock site, turn about, the same probe
 * (first-search.ts): the median of each figure, side by side (goals.ts holds what they are held to).
 */
const recordSearchComparison = async (
  figures: Figures,
  browser: Browser,
  urls: { hub: string; stock: string },
  log: Log,
): Promise<void> => {
  const runs: { hub: SearchProbeResult[]; stock: SearchProbeResult[] } = { hub: [], stock: [] };
  for (let run = 1; run <= RUNS; run += 1)
    for (const site of ['hub', 'stock'] as const) {
      const ui = site === 'hub' ? EXPLORER_UI : STOCK_PAGEFIND_UI;
      const probe = await measureSearch({ browser, siteUrl: urls[site], ui, queries: QUERIES });
      log(describeRun(ui.name, run, probe));
      runs[site].push(probe);
    }
  const of = (site: 'hub' | 'stock', pick: (probe: SearchProbeResult) => number) =>
    percentile(runs[site].map(pick), 50);
  const pair = (key: string, label: string, pick: (probe: SearchProbeResult) => number, unit = 'bytes') =>
    recordPair(figures, key, label, of('hub', pick), of('stock', pick), unit);

  pair('search.open.bytes', 'search page opened, no query, transferred (gzip)', (probe) => probe.open.bytes);
  const beforeImages = of('hub', (probe) => probe.open.bytes - (probe.open.bytesByKind.images ?? 0));
  figures.bytes('search.open.bytes.hub.noImages', '  library, before images', beforeImages);
  pair(
    'search.first.bytes',
    `search page + first query "${QUERIES[0]}", transferred`,
    (probe) => probe.open.bytes + probe.first.bytes,
  );
  pair(
    'search.first.ms',
    'first result after the last keystroke, median',
    (probe) => probe.first.msToFirstResult,
    'ms',
  );
  pair('search.second.bytes', `second query "${QUERIES[1]}", transferred`, (probe) => probe.second.bytes);
  pair('search.second.ms', 'second query, first result, median', (probe) => probe.second.msToFirstResult, 'ms');

  // Where the library's first search spends its bytes, from its median run.
  const total = (probe: SearchProbeResult) => probe.open.bytes + probe.first.bytes;
  const middle = [...runs.hub].sort((a, b) => total(a) - total(b))[Math.floor(RUNS / 2)]!;
  const kinds: Record<string, number> = { ...middle.open.bytesByKind };
  for (const [kind, bytes] of Object.entries(middle.first.bytesByKind)) kinds[kind] = (kinds[kind] ?? 0) + bytes;
  for (const [kind, bytes] of Object.entries(kinds).sort(([, a], [, b]) => b - a))
    figures.bytes(`search.first.bytes.hub.${kind.replace(/\W+/g, '-')}`, `  library, of which ${kind}`, bytes);
};

/**
 * A cold build from nothing, a warm one, and a cold one with the image work already done (the
 * goal's measure); then the page weight and first search on the result.
 */
export const siteBuild: BenchStep = async ({ corpus, cms, buildToken, figures, log }) => {
  const workDir = await mkdtemp(path.join(tmpdir(), 'hub-bench-site-'));
  const outDir = path.join(workDir, 'dist');
  const cacheDir = path.join(workDir, 'cache');
  const env = {
    ...process.env,
    CMS_URL: cms.url,
    STRAPI_BUILD_TOKEN: buildToken,
    SITE_CACHE_DIR: cacheDir,
    SITE_BASE: '/',
  };
  const build = () => buildSite({ env, outDir, log: (line) => log(`  ${line}`) });
  try {
    log('building the site from nothing (empty Astro, image, card and PDF caches)…');
    const cold = await build();
    recordColdBuild(figures, cold);
    log('building again with warm caches (nothing changed)…');
    const warm = await build();
    await recordWarmBuild(figures, cold, warm, outDir);
    log('building from cold again, with only the image work kept (encoded images, sharing cards)…');
    await forgetAllButImages(cacheDir, outDir);
    recordImagesKeptBuild(figures, await build());
    log('packing the downloadable copy…');
    await recordArchive(figures, outDir);
    const samplePage = await recordPageWeight(figures, warm, outDir);

    log(`building the stock Astro + Pagefind UI site from the same ${corpus.documents.length} documents…`);
    const stock = await buildStockSite(corpus, path.join(workDir, 'stock'));
    figures.seconds(
      'stock.build',
      `stock site: Astro build (${stock.pages} pages) and Pagefind index`,
      (stock.seconds.astro + stock.seconds.pagefind) * 1000,
      `Astro ${stock.seconds.astro.toFixed(1)} s, Pagefind ${stock.seconds.pagefind.toFixed(1)} s`,
    );
    figures.bytes(
      'stock.search.size',
      'stock site: Pagefind index size on disk',
      await directorySize(path.join(stock.outDir, 'pagefind')),
    );

    log('measuring the explorer and the stock search in Chromium, turn about…');
    const server = await startStaticServer({ root: outDir });
    const stockServer = await startStaticServer({ root: stock.outDir });
    const browser = await launchBrowser();
    try {
      await recordSearchComparison(figures, browser, { hub: server.url, stock: stockServer.url }, log);
      log('loading the static site…');
      const pages = ['/', samplePage, '/guides/', '/search/', '/pagefind/pagefind-entry.json'].map(
        (page) => `${server.url}${page}`,
      );
      await recordLoad(figures, 'load.site', 'static site under load (home, document, listing, search)', pages);
    } finally {
      await browser.close();
      await server.close();
      await stockServer.close();
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
};
