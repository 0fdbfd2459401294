/**
 * `npm run screenshots [-- --site URL] [--out DIR]`: full-page PNGs of the pages reviewers judge
 * the library by (home, a listing, a document of each type, the explorer, an Arabic document), at
 * a phone's and a laptop's width, light and dark. For people to look at, not compared in tests.
 *   --site URL  a running hub's site (default http://127.0.0.1:4321/ when it answers); without
 *               one, a throw-away CMS seeded with the sample content is built and served
 *   --out DIR   where the PNGs go (default .data/screenshots)
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../build/build-site.js';
import { createBuildToken } from '../lib/build-token.js';
import { launchBrowser } from '../lib/chromium.js';
import { runMain } from '../lib/hub-config.js';
import { repoRoot } from '../lib/paths.js';
import { startStaticServer } from '../lib/static-server.js';
import { startThrowawayCms } from '../lib/throwaway-cms.js';
import { sampleContent } from '../seed/sample-content/index.js';
import { seedHub } from '../seed/seed-hub.js';

const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const DEFAULT_SITE = 'http://127.0.0.1:4321/';

interface ManifestEntry {
  type: string;
  locale: string;
  url: string;
}

const log = (line: string) => console.log(`screenshots: ${line}`);

const answers = async (url: string) => {
  try {
    return (await fetch(new URL('hub-manifest.json', url), { signal: AbortSignal.timeout(3000) })).ok;
  } catch {
    return false;
  }
};

/** The pages to take, named for the PNG files: the first document of each type, and the first in Arabic. */
const pagesOf = async (site: string): Promise<[name: string, url: string][]> => {
  const { documents } = (await (await fetch(new URL('hub-manifest.json', site))).json()) as {
    documents: ManifestEntry[];
  };
  const first = (test: (doc: ManifestEntry) => boolean) => documents.find(test)?.url;
  const pages: [string, string | undefined][] = [
    ['home', '/'],
    ['listing', '/city-spotlights/'],
    ...['guide', 'toolkit', 'city-spotlight', 'event-report'].map((type): [string, string | undefined] => [
      type,
      first((doc) => doc.type === type && doc.locale === 'en'),
    ]),
    ['explorer', '/search/'],
    ['arabic-document', first((doc) => doc.locale === 'ar')],
  ];
  return pages.flatMap(([name, url]) => (url ? [[name, new URL(url.replace(/^\//, ''), site).href]] : []));
};

/** A seeded throw-away hub's site, built and served until `close`. */
const throwawaySite = async (): Promise<{ url: string; close: () => Promise<void> }> => {
  log(`no hub answers at ${DEFAULT_SITE}: seeding a throw-away CMS and building its site (a few minutes)…`);
  const workDir = await mkdtemp(path.join(tmpdir(), 'hub-screenshots-'));
  const cms = await startThrowawayCms('sqlite');
  try {
    await seedHub(cms.strapi, sampleContent, { log: () => {} });
    const outDir = path.join(workDir, 'dist');
    const env = {
      ...process.env,
      CMS_URL: cms.url,
      STRAPI_BUILD_TOKEN: await createBuildToken(cms.strapi),
      SITE_BASE: '/',
    };
    await buildSite({
      env: { ...env, SITE_CACHE_DIR: path.join(workDir, 'cache') },
      outDir,
      log: (line) => log(`  ${line}`),
    });
    const server = await startStaticServer({ root: outDir });
    return {
      url: `${server.url}/`,
      close: async () => {
        await server.close();
        await cms.stop();
        await rm(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cms.stop();
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
};

runMain('screenshots', async () => {
  const { values } = parseArgs({ options: { site: { type: 'string' }, out: { type: 'string' } } });
  const outDir = path.resolve(values.out ?? path.join(repoRoot, '.data', 'screenshots'));
  const given = values.site ?? ((await answers(DEFAULT_SITE)) ? DEFAULT_SITE : undefined);
  if (values.site && !(await answers(values.site)))
    throw new Error(
      `--site ${values.site} does not answer with a hub's site (no hub-manifest.json there). Start the hub with \`npm start\`, or leave --site out to use a throw-away one.`,
    );
  const site = given ? { url: given, close: async () => {} } : await throwawaySite();
  const browser = await launchBrowser();
  try {
    await mkdir(outDir, { recursive: true });
    const pages = await pagesOf(site.url);
    let taken = 0;
    for (const scheme of SCHEMES)
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        for (const [name, url] of pages) {
          await page.goto(url, { waitUntil: 'load' });
          // Lazy covers below the fold would show as empty boxes in a full-page picture.
          await page.evaluate(() =>
            document
              .querySelectorAll('img[loading="lazy"]')
              .forEach((image) => ((image as HTMLImageElement).loading = 'eager')),
          );
          await page.waitForLoadState('networkidle');
          const file = path.join(outDir, `${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          taken += 1;
          log(`${taken}/${pages.length * WIDTHS.length * SCHEMES.length} ${path.relative(repoRoot, file)} (${url})`);
        }
        await context.close();
      }
  } finally {
    await browser.close();
    await site.close();
  }
});
