/**
 * Builds the public library from the published content: Astro renders the pages into a fresh
 * staging directory, attachments are copied in, Pagefind indexes it, the post-build checks run,
 * and only then does the staging directory replace the live one. Any failure leaves the live
 * site as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MANIFEST_FILE, type BuildManifest } from '../../site/src/build/manifest.js';
import type { RenderStateFile } from '../../site/src/build/render-state.js';
import { readSiteConfig } from '../../site/src/config/site-config.js';
import { siteDir } from '../lib/paths.js';
import { checkSite } from './check-site.js';
import { indexSearch } from './index-search.js';
import { peakMemoryOf } from './peak-memory.js';
import { renderFingerprint } from './render-fingerprint.js';
import { dropUnusedImages, renderStateFile, reuseUnchangedFiles } from './reuse-pages.js';

const require = createRequire(import.meta.url);

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
  /** Text that must appear nowhere in the output (tests pass a draft's title). */
  forbiddenText?: string[];
  log?: (line: string) => void;
}

export interface BuildSiteResult {
  outDir: string;
  manifest: BuildManifest;
  pages: number;
  /** Pages Astro rendered: all of them, or on an incremental build those a change touched. */
  rendered: number;
  seconds: { astro: number; media: number; search: number; checks: number; total: number };
  astroPeakMemoryMb: number;
  search: Awaited<ReturnType<typeof indexSearch>>;
}

/** Lines of Astro's output worth a reader's attention: what was fetched, the page count, problems. */
const worthShowing = (line: string) => /\[strapi-|page\(s\) built|\[ERROR\]|\[WARN\]|error/i.test(line) && !/^\s+at /.test(line);

/** A parent Vite process (Vitest) exports its own import.meta.env values; Astro's Vite must not inherit them. */
const withoutViteVariables = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(name) && !name.startsWith('VITEST')));

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Astro's error without its progress lines, source location and stack: what went wrong and the fix. */
const astroError = (tail: string[]): string => {
  const lines = tail.map((line) => line.replace(ANSI, '')).filter((line) => line.trim() && !/^\d\d:\d\d:\d\d /.test(line));
  const end = lines.findIndex((line) => /^\s*(Location|Stack trace):/.test(line));
  return (end >= 0 ? lines.slice(0, end) : lines).filter((line) => !/^\s+at /.test(line)).slice(-25).join('\n');
};

const runAstroBuild = (outDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void) =>
  new Promise<{ peakMemoryMb: number }>((resolve, reject) => {
    const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'astro.js');
    const child = spawn(process.execPath, [astro, 'build', '--silent'], {
      cwd: siteDir,
      env: { ...withoutViteVariables(env), SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = peakMemoryOf(child.pid!);
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const lines = output.split('\n');
      output = lines.pop()!;
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 60) tail.shift();
        if (worthShowing(line)) log(`  ${line.replace(/^\d\d:\d\d:\d\d /, '').trim()}`);
      }
    };
    const tail: string[] = [];
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => {
      const peakMemoryMb = memory.stop();
      if (code === 0) return resolve({ peakMemoryMb });
      reject(new SiteBuildError(`Astro could not build the site (exit ${code}); the live site is unchanged:\n${astroError(tail)}`));
    });
  });

const copyAttachments = async (outDir: string, manifest: BuildManifest, cacheDir: string) => {
  const files = new Set(manifest.documents.flatMap((doc) => doc.attachments.map((attachment) => attachment.file)));
  await mkdir(path.join(outDir, 'media'), { recursive: true });
  for (const file of files) {
    const cached = path.join(cacheDir, 'media', file);
    if (!existsSync(cached)) throw new SiteBuildError(`the attachment ${file} was not downloaded at build: build again, and check the CMS media library if it persists.`);
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
  const state = JSON.parse(await readFile(file, 'utf8')) as RenderStateFile;
  return state.fingerprint === fingerprint ? file : undefined;
};

export const buildSite = async ({ env = process.env, outDir = path.join(siteDir, 'dist'), base, forbiddenText, log = console.log }: BuildSiteOptions = {}): Promise<BuildSiteResult> => {
  const config = readSiteConfig(env);
  const started = performance.now();
  const staging = `${outDir}.staging`;
  await rm(staging, { recursive: true, force: true });
  const mark = () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
  let last = started;
  try {
    const fingerprint = await renderFingerprint(env);
    const previousState = await reusableState(base, fingerprint);
    log(`build: reading published content from ${config.cmsUrl} and rendering ${previousState ? 'the pages it changed' : 'pages'}…`);
    const { peakMemoryMb } = await runAstroBuild(staging, {
      ...env,
      HUB_RENDER_STATE: renderStateFile(staging),
      HUB_RENDER_FINGERPRINT: fingerprint,
      ...(previousState ? { HUB_RENDER_BASE: previousState } : {}),
    }, log);
    const astroSeconds = mark();
    const manifest = JSON.parse(await readFile(path.join(staging, MANIFEST_FILE), 'utf8')) as BuildManifest;
    const { changes } = JSON.parse(await readFile(renderStateFile(staging), 'utf8')) as RenderStateFile;
    if (previousState && base) {
      const reused = await reuseUnchangedFiles({ staging, base, removedRoutes: changes.removed });
      log(`build: ${changes.rendered.length} of ${manifest.pages.length} pages rendered, ${changes.removed.length} removed, ${reused} files reused from the live site`);
    }
    const attachments = await copyAttachments(staging, manifest, config.cacheDir);
    const mediaSeconds = mark();
    log(`build: ${manifest.pages.length} pages, ${manifest.documents.length} documents, ${attachments} PDF attachments; indexing for search and checking links, images and pages…`);
    // Pagefind works in its own process: the pages are checked while it indexes them.
    const indexing = indexSearch({ outDir: staging, manifest, cacheDir: path.join(config.cacheDir, 'pdf-text'), onProgress: (line) => log(`  ${line}`) });
    const checking = checkSite({ outDir: staging, manifest, forbiddenText, searchIndexed: indexing });
    // Both settle before anything else happens: the staging directory is removed on failure.
    const [indexed, checked] = await Promise.allSettled([indexing, checking]);
    if (indexed.status === 'rejected') throw indexed.reason;
    if (checked.status === 'rejected') throw checked.reason;
    if (previousState) {
      const dropped = await dropUnusedImages(staging, checked.value.assetsInUse);
      if (dropped > 0) log(`build: ${dropped} images no page uses any more were left out`);
    }
    const search = indexed.value;
    const searchSeconds = search.seconds;
    const checkSeconds = Math.max(0, mark() - searchSeconds);
    await swapIn(staging, outDir);
    const total = (performance.now() - started) / 1000;
    log(`build: the site is ready in ${path.relative(process.cwd(), outDir) || '.'} (${total.toFixed(1)} s)`);
    return {
      outDir,
      manifest,
      pages: manifest.pages.length,
      rendered: changes.rendered.length,
      seconds: { astro: astroSeconds, media: mediaSeconds, search: searchSeconds, checks: checkSeconds, total },
      astroPeakMemoryMb: peakMemoryMb,
      search,
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    await rm(renderStateFile(staging), { force: true });
    throw error;
  }
};
