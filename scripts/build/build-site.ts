/**
 * Builds the public library from the published content: Astro renders the pages into a fresh
 * staging directory, attachments are copied in, Pagefind indexes it, the post-build checks run,
 * and only then does the staging directory replace the live one. Any failure leaves the live
 * site as it was. This is the one place a build is staged: the publisher hands its sanity guard
 * in as `accept`, so a release it refuses is never put in place.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readManifest, readRenderState, renderStateFile } from '@resource-hub/site/build/build-handoff';
import type { BuildManifest } from '@resource-hub/site/build/manifest';
import { readSiteConfig } from '@resource-hub/site/config/site-config';
import { siteDir } from '../lib/paths.js';
import { removeRelease } from '../publish/releases.js';
import { checkSite } from './check-site.js';
import { writeHostHeaders } from './host-headers.js';
import { writeHostRedirects } from './host-redirects.js';
import { writeOgImages } from './og-images.js';
import { indexSearch } from './index-search.js';
import { writeOfflineFiles, type OfflineFilesResult } from './offline-files.js';
import { oneOffAstro, type AstroRunner } from './astro-runner.js';
import { renderFingerprint } from './render-fingerprint.js';
import { dropUnusedImages, reuseUnchangedFiles } from './reuse-pages.js';

export class SiteBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteBuildError';
  }
}

export interface BuildSiteOptions {
  /** Settings for the build (CMS_URL, STRAPI_BUILD_TOKEN, SITE_URL, SITE_BASE, MEDIA_ORIGINS ...); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Where the finished site goes; default site/dist. */
  outDir?: string;
  /**
   * The live site to build on: when it was rendered from the same code and settings, only the
   * pages a content change touches are rendered and the rest are reused from it.
   */
  base?: string;
  /** Fetch every published entry again, not only those changed since the last build (media replaced in the CMS). */
  fullSync?: boolean;
  /** A last check of the staged build before it replaces outDir; throwing leaves outDir as it was (the publisher's sanity guard). */
  accept?: (manifest: BuildManifest) => void | Promise<void>;
  /** Text that must appear nowhere in the output (tests pass a draft's title). */
  forbiddenText?: string[];
  log?: (line: string) => void;
  /** How Astro runs: a one-off process by default; the publisher keeps a worker (astro-runner.ts). */
  astro?: AstroRunner;
}

export interface BuildSiteResult {
  outDir: string;
  manifest: BuildManifest;
  pages: number;
  /** Pages Astro rendered: all of them, or on an incremental build those a change touched. */
  rendered: number;
  /** What the CMS had published as this build read it (see site/src/cms/published-fingerprint.ts). */
  published: string;
  /** `media`: attachments, redirect files and sharing images, of which `cards` drawing the sharing images not drawn before. */
  seconds: {
    astro: number;
    reuse: number;
    media: number;
    cards: number;
    search: number;
    checks: number;
    offline: number;
    total: number;
  };
  /** Sharing images: how many the release shows, and how many this build drew. */
  cards: { shown: number; drawn: number };
  /** The offline side of the release: its id and, by language, what saving the library takes. */
  offline: OfflineFilesResult;
  astroPeakMemoryMb: number;
  search: Awaited<ReturnType<typeof indexSearch>>;
}

const copyAttachments = async (outDir: string, manifest: BuildManifest, cacheDir: string) => {
  const files = new Set(manifest.documents.flatMap((doc) => doc.attachments.map((attachment) => attachment.file)));
  await mkdir(path.join(outDir, 'media'), { recursive: true });
  for (const file of files) {
    const cached = path.join(cacheDir, 'media', file);
    if (!existsSync(cached))
      throw new SiteBuildError(
        `the attachment ${file} was not downloaded at build: build again, and check the CMS media library if it persists.`,
      );
    await copyFile(cached, path.join(outDir, 'media', file));
  }
  return files.size;
};

/** Puts the staged site live: one rename, so readers see either the old site or the new one. */
const swapIn = async (staging: string, outDir: string) => {
  const previous = `${outDir}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(staging, outDir);
  await rename(renderStateFile(staging), renderStateFile(outDir));
  await rm(previous, { recursive: true, force: true });
};

/** The base's render state when its pages can be reused: same code and settings. */
const reusableState = async (base: string | undefined, fingerprint: string): Promise<string | undefined> => {
  const file = base && renderStateFile(base);
  if (!file || !existsSync(file)) return undefined;
  return (await readRenderState(file)).fingerprint === fingerprint ? file : undefined;
};

interface IndexAndCheckOptions {
  staging: string;
  manifest: BuildManifest;
  config: ReturnType<typeof readSiteConfig>;
  /** The live site, when this build reuses its unchanged pages and search shards. */
  base?: string;
  forbiddenText?: BuildSiteOptions['forbiddenText'];
  log: (line: string) => void;
}

/** Indexes the staged site for search and runs the post-build checks, then writes the host's headers. */
const indexAndCheck = async ({ staging, manifest, config, base, forbiddenText, log }: IndexAndCheckOptions) => {
  // Pagefind works in its own process: the pages are checked while it indexes them.
  const indexing = indexSearch({
    outDir: staging,
    manifest,
    cacheDir: path.join(config.cacheDir, 'pdf-text'),
    onProgress: (line) => log(`  ${line}`),
    // Shards whose pages are unchanged are taken from the live site, as the pages are.
    base,
    shardDocuments: config.searchShardDocuments,
  });
  const checking = checkSite({ outDir: staging, manifest, forbiddenText, searchIndexed: indexing });
  // Both settle before anything else happens: the staging directory is removed on failure.
  const [indexed, checked] = await Promise.allSettled([indexing, checking]);
  if (indexed.status === 'rejected') throw indexed.reason;
  if (checked.status === 'rejected') throw checked.reason;
  if (base) {
    const dropped = await dropUnusedImages(staging, checked.value);
    if (dropped > 0) log(`build: ${dropped} images no page uses any more were left out`);
  }
  await writeHostHeaders(staging, manifest.base, manifest.locales, checked.value.pages);
  return { search: indexed.value, pages: checked.value.pages };
};

/** Seconds since the last call (the first: since `from`). */
const stopwatch = (from: number) => {
  let last = from;
  return (): number => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
};

/** PDF attachments, the host's redirects and the sharing cards, beside the rendered pages. */
const writeMedia = async (staging: string, manifest: BuildManifest, cacheDir: string, log: (line: string) => void) => {
  const attachments = await copyAttachments(staging, manifest, cacheDir);
  await writeHostRedirects(staging, manifest.base);
  const cardsStarted = performance.now();
  const og = await writeOgImages({ outDir: staging, manifest, cacheDir });
  const cardSeconds = (performance.now() - cardsStarted) / 1000;
  if (og.drawn > 0) log(`build: ${og.drawn} of ${og.cards} sharing images drawn (the others kept from earlier builds)`);
  return { attachments, og, cardSeconds };
};

const breakdown = (spent: Record<string, number>): string =>
  Object.entries(spent)
    .map(([step, seconds]) => `${step} ${seconds.toFixed(1)}`)
    .join(', ');

export const buildSite = async ({
  env = process.env,
  outDir = path.join(siteDir, 'dist'),
  base,
  fullSync = false,
  accept,
  forbiddenText,
  log = console.log,
  astro = oneOffAstro,
}: BuildSiteOptions = {}): Promise<BuildSiteResult> => {
  const config = readSiteConfig(env);
  const started = performance.now();
  const staging = `${path.resolve(outDir)}.staging`;
  await removeRelease(staging);
  const mark = stopwatch(started);
  try {
    const fingerprint = await renderFingerprint(env);
    const previousState = await reusableState(base, fingerprint);
    log(
      `build: reading published content from ${config.cmsUrl} and rendering ${previousState ? 'the pages it changed' : 'pages'}…`,
    );
    const { peakMemoryMb } = await astro.build(
      {
        outDir: staging,
        renderState: { file: renderStateFile(staging), fingerprint },
        renderBase: previousState,
        fullSync,
      },
      env,
      log,
    );
    const astroSeconds = mark();
    const manifest = await readManifest(staging);
    const { changes, published, routes } = await readRenderState(renderStateFile(staging));
    if (previousState && base) {
      const reused = await reuseUnchangedFiles({ staging, base, routes: Object.keys(routes) });
      log(
        `build: ${changes.rendered.length} of ${Object.keys(routes).length} pages and feeds rendered, ${changes.removed.length} removed, ${reused} files reused from the live site`,
      );
    }
    const reuseSeconds = mark();
    const { attachments, og, cardSeconds } = await writeMedia(staging, manifest, config.cacheDir, log);
    const mediaSeconds = mark();
    log(
      `build: ${manifest.pages.length} pages, ${manifest.documents.length} documents, ${attachments} PDF attachments; indexing for search and checking links, images and pages…`,
    );
    const { search, pages } = await indexAndCheck({
      staging,
      manifest,
      config,
      base: previousState ? base : undefined,
      forbiddenText,
      log,
    });
    const searchSeconds = search.seconds;
    const checkSeconds = Math.max(0, mark() - searchSeconds);
    const offline = await writeOfflineFiles({ outDir: staging, manifest, pages });
    const offlineSeconds = mark();
    await accept?.(manifest);
    await swapIn(staging, outDir);
    const total = (performance.now() - started) / 1000;
    // Where the time went, for whoever wonders why a publish took as long as it did.
    const spent = {
      Astro: astroSeconds,
      reuse: reuseSeconds,
      'media and cards': mediaSeconds,
      'search and checks': searchSeconds + checkSeconds,
      offline: offlineSeconds,
    };
    log(
      `build: the site is ready in ${path.relative(process.cwd(), outDir) || '.'} (${total.toFixed(1)} s: ${breakdown(spent)})`,
    );
    return {
      outDir,
      manifest,
      pages: manifest.pages.length,
      rendered: changes.rendered.length,
      published,
      seconds: {
        astro: astroSeconds,
        reuse: reuseSeconds,
        media: mediaSeconds,
        cards: cardSeconds,
        search: searchSeconds,
        checks: checkSeconds,
        offline: offlineSeconds,
        total,
      },
      cards: { shown: og.cards, drawn: og.drawn },
      offline,
      astroPeakMemoryMb: peakMemoryMb,
      search,
    };
  } catch (error) {
    await removeRelease(staging);
    throw error;
  }
};
