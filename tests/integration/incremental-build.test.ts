/**
 * Incremental builds: after edits, a publish, an unpublish and a delete in the real CMS, the
 * build that renders only the touched pages and reuses the rest of the live release gives the
 * same site, byte for byte (pages, feeds, oEmbed answers), as a full rebuild; and what was unpublished or deleted is gone from
 * pages, listings, images and search (Astro's content store must not bring it back). The three
 * builds run in one Astro worker, as the publisher runs them.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAstroWorker, type AstroRunner } from '../../scripts/build/astro-runner.js';
import { buildSite, type BuildSiteResult } from '../../scripts/build/build-site.js';
import { decodeFragmentFile, readSearchFragments, readSearchShards } from '../../scripts/build/search-fragments.js';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { publishedFingerprint } from '../../scripts/publish/published-fingerprint.js';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import type { OfflineLanguage } from '../../site/src/offline/offline-manifest.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';
import { isExplorerFile } from '../../site/src/search/explorer-format.js';
import { renderStateFile } from '../../site/src/build/build-handoff.js';
import type { RenderStateFile } from '../../site/src/build/render-state.js';

const title = (key: string) => sampleContent.documents.find((doc) => doc.key === key)!.locales.en!.title;
const UNPUBLISHED = title('spotlight-wroclaw');
const DELETED = title('summit-2023-gctf-dialogue');
const EDITED = title('guide-for-cities');
const RENAMED = 'A Guide for Cities, Second Edition';
const NEW_SPOTLIGHT = 'Incremental Town: Building Only What Changed';

/**
 * Every file of a built site but its search index (Pagefind's chunks depend on the order it reads
 * pages in) and what lists the index's files (the offline lists, the service worker), with a hash.
 */
const siteFiles = async (dir: string, { everything = false } = {}): Promise<Record<string, string>> => {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (!everything && (rel.startsWith('pagefind/') || rel.startsWith('_offline/') || rel === 'sw.js')) continue;
    files[rel] = createHash('sha256')
      .update(await readFile(path.join(dir, rel)))
      .digest('hex');
  }
  return files;
};

/**
 * Every route a full build renders: the pages, each document's card and its oEmbed answer, the
 * addresses that redirect or say a document is gone, and the feeds.
 */
const allRoutes = (build: BuildSiteResult) => {
  const routing = JSON.parse(readFileSync(path.join(build.outDir, 'hub-routing.json'), 'utf8')) as {
    redirects: Record<string, string>;
    gone: string[];
  };
  // Feeds, and the explorer's files beside each language's search page.
  const feeds = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) =>
      /(^|\/)(rss\.xml|feed\.json)$/.test(file) ||
      (/(^|\/)search\/[^/]+$/.test(file) && isExplorerFile(path.basename(file))),
  );
  return (
    build.pages +
    2 * build.manifest.documents.length +
    Object.keys(routing.redirects).length +
    routing.gone.length +
    feeds.length
  );
};

/** What a reader can save, by language, search index aside: every file with its hash. */
const offlineFiles = async (build: BuildSiteResult) =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(build.offline.release.languages).map(async ([locale, url]) => {
        const { files } = JSON.parse(await readFile(path.join(build.outDir, url), 'utf8')) as OfflineLanguage;
        return [locale, Object.entries(files).filter(([file]) => !file.startsWith('/pagefind/'))] as const;
      }),
    ),
  );

const searchRecords = async (dir: string) =>
  (await readSearchFragments(dir))
    .map((fragment) => `${fragment.language} ${fragment.url} ${fragment.meta.title}`)
    .sort();

describe('incremental builds', () => {
  let cms: ThrowawayCms;
  let work: string;
  let env: NodeJS.ProcessEnv;
  let incremental: BuildSiteResult;
  let full: BuildSiteResult;
  let unpublishedSlug: string;
  let astro: AstroRunner;
  let liveBefore: Record<string, string>;
  let liveAfter: Record<string, string>;

  const find = async (uid: string, titleText: string) =>
    (await cms.strapi
      .documents(uid as never)
      .findFirst({ locale: 'en', status: 'published', filters: { title: titleText } } as never)) as unknown as {
      documentId: string;
      slug: string;
    };

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hub-incremental-'));
    cms = await startThrowawayCms('sqlite');
    await seedHub(cms.strapi, sampleContent);
    env = {
      ...process.env,
      CMS_URL: cms.url,
      STRAPI_BUILD_TOKEN: await createBuildToken(cms.strapi),
      SITE_URL: 'https://resources.example.org',
      SITE_CACHE_DIR: path.join(work, 'cache'),
      // Several search shards, so that a change indexes some of them again and reuses the rest.
      SEARCH_SHARD_DOCUMENTS: '8',
    };
    const quiet = () => {};
    astro = startAstroWorker();
    const live = await buildSite({ env, outDir: path.join(work, 'live'), log: quiet, astro });
    expect(live.rendered).toBe(allRoutes(live));

    const spotlights = cms.strapi.documents('api::city-spotlight.city-spotlight' as never);
    const unpublished = await find('api::city-spotlight.city-spotlight', UNPUBLISHED);
    unpublishedSlug = unpublished.slug;
    await spotlights.unpublish({ documentId: unpublished.documentId, locale: '*' } as never);
    const reports = cms.strapi.documents('api::event-report.event-report' as never);
    await reports.delete({
      documentId: (await find('api::event-report.event-report', DELETED)).documentId,
      locale: '*',
    } as never);
    const guides = cms.strapi.documents('api::guide.guide' as never);
    const guide = await find('api::guide.guide', EDITED);
    await guides.update({ documentId: guide.documentId, locale: 'en', data: { title: RENAMED } } as never);
    await guides.publish({ documentId: guide.documentId, locale: 'en' } as never);
    const city = await cms.strapi.db.query('api::city.city').findOne({ where: { locale: 'en' } });
    const draft = (await spotlights.create({
      locale: 'en',
      data: {
        title: NEW_SPOTLIGHT,
        summary: 'A spotlight added between two builds.',
        publicationDate: '2026-11-01',
        practice: 'Render less.',
        city: city.documentId,
      },
    } as never)) as unknown as { documentId: string };
    await spotlights.publish({ documentId: draft.documentId, locale: 'en' } as never);

    liveBefore = await siteFiles(path.join(work, 'live'), { everything: true });
    incremental = await buildSite({
      env,
      outDir: path.join(work, 'incremental'),
      base: path.join(work, 'live'),
      log: quiet,
      astro,
    });
    liveAfter = await siteFiles(path.join(work, 'live'), { everything: true });
    full = await buildSite({ env, fullSync: true, outDir: path.join(work, 'full'), log: quiet, astro });
  });

  afterAll(async () => {
    await astro?.close();
    await cms?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('records what was published as the publisher reads it on start, so a restart knows the site is current', async () => {
    const now = await publishedFingerprint({ url: cms.url, token: env.STRAPI_BUILD_TOKEN! });
    expect(incremental.published).toBe(now);
    expect(full.published).toBe(now);
  });

  it('renders only the pages the changes touched', () => {
    expect(full.rendered).toBe(allRoutes(full));
    expect(incremental.rendered).toBeGreaterThan(0);
    const { changes, routes } = JSON.parse(
      readFileSync(renderStateFile(incremental.outDir), 'utf8'),
    ) as RenderStateFile;
    // The explorer's small files apart: a document removed moves every later one's place in them.
    const isExplorer = (route: string) => isExplorerFile(route.split('/').at(-1)!);
    const pages = Object.keys(routes).filter((route) => !isExplorer(route));
    expect(changes.rendered.filter((route) => !isExplorer(route)).length).toBeLessThan(pages.length / 2);
    expect(changes.rendered.filter(isExplorer).length).toBeLessThan(Object.keys(routes).length - pages.length);
  });

  it('never writes to the live release it reuses files from', () => {
    expect(liveAfter).toEqual(liveBefore);
  });

  it('gives the same files, byte for byte, and the same search index as a full rebuild', async () => {
    expect(await siteFiles(incremental.outDir)).toEqual(await siteFiles(full.outDir));
    expect(await searchRecords(incremental.outDir)).toEqual(await searchRecords(full.outDir));
    // The search shards the changes fell in were indexed again, the others taken from the live
    // release: together, the shards a full build makes, each holding the same pages. (Pagefind's
    // files themselves can differ from one run to the next: it names some by hash-map order.)
    expect(incremental.search.shards.indexed + incremental.search.shards.reused).toBe(full.search.shards.count);
    expect(full.search.shards.count).toBeGreaterThan(2);
    const shardsOf = async (dir: string) =>
      Promise.all(
        (await readSearchShards(dir)).map(async (shard) => {
          const fragments = path.join(dir, 'pagefind', shard.path, 'fragment');
          const decoded = await Promise.all(
            (await readdir(fragments)).map(
              async (name) => decodeFragmentFile(await readFile(path.join(fragments, name))).fragments,
            ),
          );
          return {
            ...shard,
            pages: decoded
              .flat()
              .map((fragment) => fragment.url)
              .sort(),
          };
        }),
      );
    expect(await shardsOf(incremental.outDir)).toEqual(await shardsOf(full.outDir));
    expect(await offlineFiles(incremental)).toEqual(await offlineFiles(full));
  });

  it('leaves the unpublished and the deleted out of pages, listings and search, and shows the new and the renamed', async () => {
    const files = await siteFiles(incremental.outDir);
    const listing = await readFile(path.join(incremental.outDir, 'city-spotlights', 'index.html'), 'utf8');
    const reportsListing = await readFile(path.join(incremental.outDir, 'event-reports', 'index.html'), 'utf8');
    const html = (text: string) => text.replace(/&/g, '&amp;');
    expect(listing).not.toContain(html(UNPUBLISHED));
    expect(listing).toContain(NEW_SPOTLIGHT);
    expect(reportsListing).not.toContain(html(DELETED));
    // Its address stays, as a page that says it is no longer available, and nothing else of it.
    expect(Object.keys(files).filter((file) => file.includes(`/${unpublishedSlug}/`))).toEqual([
      path.join('city-spotlights', unpublishedSlug, 'index.html'),
    ]);
    const gone = await readFile(
      path.join(incremental.outDir, 'city-spotlights', unpublishedSlug, 'index.html'),
      'utf8',
    );
    expect(gone).toContain('This document is no longer available');
    expect(gone).not.toContain(html(UNPUBLISHED));
    expect(Object.keys(files)).toContain(path.join('city-spotlights', 'index.html'));
    const records = (await searchRecords(incremental.outDir)).join('\n');
    expect(records).not.toContain(UNPUBLISHED);
    expect(records).not.toContain(DELETED);
    expect(records).toContain(NEW_SPOTLIGHT);
    expect(records).toContain(RENAMED);
    expect(records).not.toContain(`${EDITED}\n`);
    // Its text is indexed too, not only its title.
    const content = (await readSearchFragments(incremental.outDir)).map((fragment) => fragment.content).join('\n');
    expect(content).toContain('Render less.');
  });

  it('shows a document published again at its address, where the last release said it was gone', async () => {
    const spotlights = cms.strapi.documents('api::city-spotlight.city-spotlight' as never);
    const { documentId } = (await spotlights.findFirst({
      locale: 'en',
      status: 'draft',
      filters: { title: UNPUBLISHED },
    } as never)) as unknown as { documentId: string };
    await spotlights.publish({ documentId, locale: 'en' } as never);
    const republished = await buildSite({
      env,
      outDir: path.join(work, 'republished'),
      base: incremental.outDir,
      log: () => {},
      astro,
    });
    const page = await readFile(
      path.join(republished.outDir, 'city-spotlights', unpublishedSlug, 'index.html'),
      'utf8',
    );
    expect(page).not.toContain('This document is no longer available');
    expect(page).toContain(UNPUBLISHED.replace(/&/g, '&amp;'));
    const routing = JSON.parse(await readFile(path.join(republished.outDir, 'hub-routing.json'), 'utf8')) as {
      gone: string[];
    };
    expect(routing.gone.filter((address) => address.includes(unpublishedSlug))).toEqual([]);
  });
});
