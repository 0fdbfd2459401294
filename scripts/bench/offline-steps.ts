/**
 * What offline reading costs readers: the size of each language's saved library (for the sample
 * content alone and with the corpus), the shell every first visit precaches, what one publish
 * makes a saved library download again, and the downloadable ZIP.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OfflineLanguage, ServiceWorkerConfig } from '@resource-hub/site/offline/offline-manifest';
import { buildSite, type BuildSiteResult } from '../build/build-site.js';
import { SERVICE_WORKER_FILE } from '../build/offline-files.js';
import { exportOfflineArchive } from '../export/offline-archive.js';
import type { Figures } from './figures.js';
import type { BenchContext } from './steps.js';

/** A release's list of savable files in one language. */
export const offlineLanguage = async (build: BuildSiteResult, locale: string): Promise<OfflineLanguage | undefined> => {
  const url = build.offline.release.languages[locale];
  return url
    ? (JSON.parse(
        await readFile(path.join(build.outDir, url.slice(build.manifest.base.length)), 'utf8'),
      ) as OfflineLanguage)
    : undefined;
};

/** Bytes of a saved library that a new release makes the reader download: files whose hash changed or that are new. */
export const changedBytes = (before: OfflineLanguage, after: OfflineLanguage): number =>
  after.library.reduce(
    (sum, file) => (before.files[file]?.[0] === after.files[file]![0] ? sum : sum + after.files[file]![1]),
    0,
  );

/** Per language, the saved library and its PDFs; with `shell`, also what a first visit precaches. */
export const recordOfflineSizes = async (
  figures: Figures,
  key: string,
  label: string,
  build: BuildSiteResult,
  shell = false,
): Promise<void> => {
  for (const [locale, size] of Object.entries(build.offline.sizes)) {
    figures.bytes(
      `offline.${key}.${locale}`,
      `offline library, ${label}, ${locale} (${size.files} files)`,
      size.library,
    );
    figures.bytes(`offline.${key}.${locale}.pdfs`, `  its PDFs, saved on request`, size.attachments);
  }
  if (!shell) return;
  const worker = await readFile(path.join(build.outDir, SERVICE_WORKER_FILE), 'utf8');
  const config = JSON.parse(/^self\.__HUB_OFFLINE__=(.*);$/m.exec(worker)![1]!) as ServiceWorkerConfig;
  let precached = gzipSync(worker).length;
  for (const { url } of config.precache)
    precached += gzipSync(
      await readFile(
        path.join(build.outDir, url.slice(build.manifest.base.length), url.endsWith('/') ? 'index.html' : ''),
      ),
    ).length;
  figures.bytes(
    'offline.shell',
    `first visit: service worker and precached shell, gzipped (${config.precache.length} files)`,
    precached,
  );
};

/** The sample content alone, as a fresh install shows it: built once to read its offline sizes. */
export const seededOfflineLibrary = async ({
  cms,
  buildToken,
  figures,
  log,
}: Omit<BenchContext, 'documents' | 'corpus'>): Promise<void> => {
  const workDir = await mkdtemp(path.join(tmpdir(), 'hub-bench-seeded-'));
  try {
    log('building the sample content alone, for its offline library sizes…');
    const env = {
      ...process.env,
      CMS_URL: cms.url,
      STRAPI_BUILD_TOKEN: buildToken,
      SITE_CACHE_DIR: path.join(workDir, 'cache'),
      SITE_BASE: '/',
    };
    const build = await buildSite({ env, outDir: path.join(workDir, 'dist'), log: () => {} });
    await recordOfflineSizes(figures, 'seeded', 'sample content', build);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
};

/** The downloadable copy of a built library: how long packing takes and what it weighs. */
export const recordArchive = async (figures: Figures, outDir: string): Promise<void> => {
  const out = `${outDir}-library.zip`;
  const started = performance.now();
  try {
    const { files, bytes } = await exportOfflineArchive({ from: outDir, out, log: () => {} });
    figures.seconds('offline.archive.time', `downloadable ZIP, packing (${files} files)`, performance.now() - started);
    figures.bytes('offline.archive.size', 'downloadable ZIP, size', bytes);
  } finally {
    await rm(out, { force: true });
  }
};
