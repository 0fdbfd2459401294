/**
 * The publishing side of the hub, as `npm start` runs it (and the tests and bench with it): the
 * publisher taking the CMS's signed events, the scheduler turning them into builds, releases, and
 * the site server following the live one. It starts before the CMS, so no event is lost, and is
 * connected to the CMS once its build token exists.
 */
import { existsSync } from 'node:fs';
import { ARCHIVE_PATH } from '@resource-hub/site/offline/offline-manifest';
import { startAstroWorker } from '../build/astro-runner.js';
import type { BuildSiteResult } from '../build/build-site.js';
import { startStaticServer, type StaticServer } from '../lib/static-server.js';
import { createBuildScheduler } from './build-scheduler.js';
import { noteRetry, publishSite, readStatus } from './publish-site.js';
import { publishedFingerprint } from './published-fingerprint.js';
import { createLibraryArchiver, archiveFileOf } from './library-archive.js';
import { createPreviewRenderer } from './preview.js';
import { startPublisher, type Publisher } from './publisher.js';
import { liveVersionsReader } from './live-versions.js';
import { liveRelease, releasesIn, type Releases } from './releases.js';
import { retryOf } from './retryable-failures.js';

export interface PublishingOptions {
  /** Where releases and status.json live (HUB_DATA_DIR). */
  dataDir: string;
  /** PUBLISHER_SECRET: the key the CMS signs its events with. */
  secret: string;
  sitePort?: number;
  publisherPort?: number;
  /** Settings for every build beyond the CMS's address and token (SITE_URL, SITE_CACHE_DIR ...). */
  env?: NodeJS.ProcessEnv;
  /** Told of every release that went live, e.g. to time builds. */
  onPublished?: (result: BuildSiteResult) => void;
  /** Seconds of quiet after a publish before the downloadable copy is packed again; 0 never packs it (benchmarks). */
  archiveDelaySeconds?: number;
  log?: (line: string) => void;
}

export interface PublishingService {
  releases: Releases;
  site: StaticServer;
  publisher: Publisher;
  /**
   * Starts building from this CMS. The first build runs only when what is published differs from
   * the live release (events missed while the hub was down); fails when no release is live after it.
   */
  connect(cms: { url: string; token: string; previewToken?: string }): Promise<void>;
  /** Resolves once no build is waiting or running. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const isRemoval = (event: string) => event === 'entry.unpublish' || event === 'entry.delete';

export const startPublishingService = async ({
  dataDir,
  secret,
  sitePort = 0,
  publisherPort = 0,
  env = process.env,
  onPublished,
  archiveDelaySeconds = 30,
  log = console.log,
}: PublishingOptions): Promise<PublishingService> => {
  const releases = releasesIn(dataDir);
  const astro = startAstroWorker();
  const archiver =
    archiveDelaySeconds > 0 ? createLibraryArchiver({ releases, delayMs: archiveDelaySeconds * 1000, log }) : undefined;
  let source: { url: string; token: string } | undefined;
  // Every build, the first one included, goes through the scheduler: builds never overlap.
  const scheduler = createBuildScheduler({
    publish: async ({ events, removals, refetchAll }) => {
      log(`publisher: ${events} content change${events === 1 ? '' : 's'}: building the library…`);
      // Without SITE_URL the pages name the address the site server listens on, as editors' "View on site" does.
      const buildEnv = { SITE_URL: siteUrl, ...env, CMS_URL: source!.url, STRAPI_BUILD_TOKEN: source!.token };
      const result = await publishSite({
        releases,
        env: buildEnv,
        expectedRemovals: removals,
        fullSync: refetchAll,
        astro,
        log: (line) => log(`  ${line}`),
      });
      archiver?.request();
      onPublished?.(result);
    },
    retry: retryOf,
    // Editors see when it comes, in status.json and the CMS's publishing widget.
    onRetry: (_error, { inMs }) =>
      void noteRetry(releases, new Date(Date.now() + inMs)).catch((error: unknown) =>
        log(`publisher: the retry could not be noted in status.json: ${String(error)}`),
      ),
    log,
  });
  const previews = createPreviewRenderer({ dataDir, secret, env, log });
  // Filled in once the site server listens, just below.
  let siteUrl = env.SITE_URL;
  const liveVersions = liveVersionsReader(releases);
  const publisher = await startPublisher({
    secret,
    port: publisherPort,
    // What the CMS shows editors on its home page (see cms/src/publishing/publishing-status.ts).
    status: async (documentId) => {
      const live = await liveVersions(documentId);
      return {
        ...(await readStatus(releases)),
        building: scheduler.busy(),
        siteUrl,
        siteRoot: live.siteRoot ?? (siteUrl && `${siteUrl}/`),
        ...(documentId && { document: live }),
      };
    },
    preview: previews.handle,
    onEvent: ({ event }) => scheduler.request({ removal: isRemoval(event), refetchAll: event.startsWith('media.') }),
    log,
  });
  // The site server follows the live release, so it can start before the first build is done.
  const site = await startStaticServer({
    root: () => liveRelease(releases),
    files: { '/status.json': releases.statusFile, [`/${ARCHIVE_PATH}`]: archiveFileOf(releases) },
    port: sitePort,
  });
  siteUrl ??= site.url;
  return {
    releases,
    site,
    publisher,
    connect: async (cms) => {
      source = { url: cms.url, token: cms.token };
      if (cms.previewToken) previews.connect({ url: cms.url, buildToken: cms.token, previewToken: cms.previewToken });
      const { live } = await readStatus(releases);
      if ((await liveRelease(releases)) && live?.fingerprint === (await publishedFingerprint(cms))) {
        log(`the library is up to date (release ${live.release})`);
        if (!existsSync(archiveFileOf(releases))) archiver?.request();
      }
      // What changed while the hub was down is unknown: everything is fetched again.
      else scheduler.request({ removal: false, refetchAll: true });
      scheduler.resume();
      await scheduler.idle();
      if (!(await liveRelease(releases)))
        throw new Error(
          `the library could not be built: ${(await readStatus(releases)).lastError?.message ?? 'see the lines above'}`,
        );
    },
    idle: () => scheduler.idle(),
    stop: async () => {
      scheduler.stop();
      archiver?.stop();
      await publisher.close();
      await astro.close();
      await site.close();
    },
  };
};
