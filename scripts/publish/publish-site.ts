/**
 * Builds a new release of the library and makes it live: build into a fresh release directory
 * (Astro, attachments, search index, post-build checks), compare its document count with the
 * live release, switch, and record the outcome in status.json. A failure leaves the live release
 * serving and records why.
 */
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE } from '@resource-hub/site/build/manifest';
import { readManifest } from '@resource-hub/site/build/build-handoff';
import type { AstroRunner } from '../build/astro-runner.js';
import { buildSite, type BuildSiteResult } from '../build/build-site.js';
import { liveRelease, newReleaseDir, promote, removeRelease, type Releases } from './releases.js';
import { checkDocumentCounts } from './sanity-guard.js';

export interface SiteStatus {
  /** The live release: when it was built, how long it took, what it holds. */
  live: {
    release: string;
    builtAt: string;
    seconds: number;
    documents: number;
    pages: number;
    fingerprint?: string;
  } | null;
  /** The last attempt's error, until a build succeeds; retryAt when the publisher tries again on its own. */
  lastError: { at: string; message: string; retryAt?: string } | null;
}

export const readStatus = async ({ statusFile }: Releases): Promise<SiteStatus> => {
  try {
    return JSON.parse(await readFile(statusFile, 'utf8')) as SiteStatus;
  } catch {
    return { live: null, lastError: null };
  }
};

/** Written aside and renamed into place: the site serves the file while it changes. */
const writeStatus = async ({ statusFile }: Releases, status: SiteStatus) => {
  const next = `${statusFile}.${randomUUID().slice(0, 8)}`;
  await writeFile(next, `${JSON.stringify(status, null, 2)}\n`);
  await rename(next, statusFile);
};

/** Records that the publisher tries the failed build again on its own at this time. */
export const noteRetry = async (releases: Releases, retryAt: Date): Promise<void> => {
  const status = await readStatus(releases);
  if (status.lastError)
    await writeStatus(releases, { ...status, lastError: { ...status.lastError, retryAt: retryAt.toISOString() } });
};

const liveDocumentCount = async (releases: Releases): Promise<number> => {
  const live = await liveRelease(releases);
  if (!live || !existsSync(path.join(live, MANIFEST_FILE))) return 0;
  return (await readManifest(live)).documents.length;
};

export interface PublishOptions {
  releases: Releases;
  env?: NodeJS.ProcessEnv;
  /** Documents unpublished or deleted since the live release, which the guard then expects gone. */
  expectedRemovals?: number;
  /** Fetch every published entry again (media replaced in the CMS change entries without their updatedAt). */
  fullSync?: boolean;
  log?: (line: string) => void;
  /** The Astro worker the publisher keeps between builds; a one-off process otherwise. */
  astro?: AstroRunner;
}

export const publishSite = async ({
  releases,
  env,
  expectedRemovals = 0,
  fullSync,
  log = console.log,
  astro,
}: PublishOptions): Promise<BuildSiteResult> => {
  const dir = await newReleaseDir(releases);
  const status = await readStatus(releases);
  try {
    // Staged by buildSite (see build-site.ts), which reuses the pages the change did not touch
    // from the live release; the sanity guard runs on the staged build, before it becomes the release.
    const result = await buildSite({
      env,
      outDir: dir,
      base: await liveRelease(releases),
      fullSync,
      accept: async (manifest) =>
        checkDocumentCounts({
          live: await liveDocumentCount(releases),
          next: manifest.documents.length,
          expectedRemovals,
        }),
      log,
      astro,
    });
    await promote(releases, dir, log);
    await writeStatus(releases, {
      live: {
        release: path.basename(dir),
        builtAt: new Date().toISOString(),
        seconds: Math.round(result.seconds.total * 10) / 10,
        documents: result.manifest.documents.length,
        pages: result.pages,
        // What the build read: a change made during it leaves the two different, so it is rebuilt.
        fingerprint: result.published,
      },
      lastError: null,
    });
    log(`publish: release ${path.basename(dir)} is live`);
    return result;
  } catch (error) {
    // A release that went live stays: deleting it would leave the site pointing at nothing.
    if ((await liveRelease(releases)) !== dir) await removeRelease(dir);
    await writeStatus(releases, {
      ...status,
      lastError: { at: new Date().toISOString(), message: error instanceof Error ? error.message : String(error) },
    });
    throw error;
  }
};
