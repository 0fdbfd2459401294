/**
 * Publish-to-live: the whole path an editor's click takes. The running CMS sends its signed
 * event to a real publisher, which folds it into a build of a new release and switches it live;
 * the figure is the time from the publish call until the new page is served (the release carries
 * its search index, so the page and its search entry go live together).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { notifyPublisher } from '@resource-hub/cms/publishing/notify-publisher';
import type { BuildSiteResult } from '../build/build-site.js';
import { startPublishingService } from '../publish/publishing-service.js';
import { changedBytes, offlineLanguage } from './offline-steps.js';
import { type Figures, percentile } from './figures.js';
import type { BenchStep } from './steps.js';

const SAMPLES = 10;
const SECRET = 'bench-only-publisher-secret';

/** Publish-to-live times, and where the time of each publish's build went (publishes: the builds after the first, full one, which render only what a change touched). */
const recordPublishes = (figures: Figures, times: number[], publishes: BuildSiteResult[], updates: number[]): void => {
  figures.seconds(
    'publish.live.p50',
    `publish to live (page served, in search), p50 of ${SAMPLES}`,
    percentile(times, 50),
  );
  figures.seconds('publish.live.p95', `publish to live, p95 of ${SAMPLES}`, percentile(times, 95));
  const median = (seconds: (build: BuildSiteResult) => number) => percentile(publishes.map(seconds), 50) * 1000;
  figures.seconds(
    'publish.build',
    'publisher build, median (incremental)',
    median((build) => build.seconds.total),
    `${percentile(
      publishes.map((build) => build.rendered),
      50,
    )} of ${publishes[0]?.pages} pages rendered`,
  );
  figures.seconds(
    'publish.build.astro',
    '  Astro (content sync, render)',
    median((build) => build.seconds.astro),
  );
  figures.seconds(
    'publish.build.search',
    '  Pagefind (the shards a change fell in)',
    median((build) => build.seconds.search),
    `${percentile(
      publishes.map((build) => build.search.shards.indexed),
      50,
    )} of ${publishes[0]?.search.shards.count} shards`,
  );
  figures.seconds(
    'publish.build.rest',
    '  reuse, checks, switch',
    median((build) => build.seconds.total - build.seconds.astro - build.seconds.search),
  );
  figures.bytes(
    'publish.offline.update',
    'offline update after one publish: saved English library downloads, median',
    percentile(updates, 50),
  );
};

export const publishToLive: BenchStep = async ({ cms, buildToken, figures, log, dataDir: kept, verbose }) => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hub-bench-publish-'));
  // The first build is not timed: with --data, its images and cards are kept for the next run.
  const cacheDir = kept ? path.join(kept, 'publish-site-cache') : path.join(dataDir, 'cache');
  const builds: BuildSiteResult[] = [];
  const publishing = await startPublishingService({
    dataDir,
    secret: SECRET,
    env: { ...process.env, SITE_CACHE_DIR: cacheDir, SITE_BASE: '/' },
    onPublished: (result) => builds.push(result),
    // Packing the downloadable copy would share the cores with the builds being timed.
    archiveDelaySeconds: 0,
    log: verbose ? (line) => log(`  ${line}`) : () => {},
  });
  const { site } = publishing;
  notifyPublisher(cms.strapi, { url: publishing.publisher.url, secret: SECRET });
  try {
    log('publish-to-live: first build of the library…');
    await publishing.connect({ url: cms.url, token: buildToken });
    const city = await cms.strapi.db.query('api::city.city').findOne({ where: { locale: 'en' } });
    const spotlights = cms.strapi.documents('api::city-spotlight.city-spotlight' as never);
    const times: number[] = [];
    const updates: number[] = [];
    for (let n = 1; n <= SAMPLES; n += 1) {
      const title = `Bench spotlight ${Date.now()} number ${n}`;
      const draft = (await spotlights.create({
        locale: 'en',
        data: {
          title,
          summary: 'A spotlight published by the bench.',
          publicationDate: '2026-01-01',
          practice: 'Measured publishing.',
          city: city.documentId,
        },
      } as never)) as unknown as { documentId: string; slug: string };
      const started = performance.now();
      await spotlights.publish({ documentId: draft.documentId, locale: 'en' } as never);
      const url = `${site.url}/city-spotlights/${draft.slug}/`;
      while ((await fetch(url)).status !== 200) {
        if (performance.now() - started > 300_000) throw new Error(`the published spotlight never reached ${url}`);
        await sleep(100);
      }
      const elapsed = performance.now() - started;
      times.push(elapsed);
      // The build that made it live has reported by now or within moments (status is written after the switch).
      await publishing.idle();
      const build = builds.at(-1)!;
      const [before, after] = await Promise.all([offlineLanguage(builds.at(-2)!, 'en'), offlineLanguage(build, 'en')]);
      if (before && after) updates.push(changedBytes(before, after));
      const { astro, reuse, media, search, checks, offline, total } = build.seconds;
      log(
        `publish-to-live: ${n}/${SAMPLES} in ${(elapsed / 1000).toFixed(1)} s ` +
          `(build ${total.toFixed(1)} s: Astro ${astro.toFixed(1)}, reuse ${reuse.toFixed(1)}, media ${media.toFixed(1)}, ` +
          `Pagefind ${search.toFixed(1)} for ${build.search.shards.indexed} of ${build.search.shards.count} shards, checks ${checks.toFixed(1)}, offline ${offline.toFixed(1)}; ` +
          `${build.rendered} pages rendered; Astro worker ${build.astroPeakMemoryMb} MB)`,
      );
    }
    // The last build may still be recording its status after its release went live.
    await publishing.idle();
    recordPublishes(figures, times, builds.slice(1), updates);
  } finally {
    await publishing.stop();
    // Retried: the stopped publisher's last writes may still be landing. Never in place of the step's own error.
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 }).catch((error: Error) =>
      log(`publish-to-live: could not remove ${dataDir}: ${error.message}`),
    );
  }
};
