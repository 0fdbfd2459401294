/**
 * Reading offline, in Chromium, for real: the site server is stopped as well as the browser set
 * offline (Chromium's offline mode alone does not stop a service worker's own fetches, so a test
 * that only sets it could pass with the server still answering). The library comes from the
 * real CMS, seeded and built as in production; a publish rebuilds it the way the publisher does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuildManifest } from '../../site/src/build/manifest.js';
import { buildSite } from '../../scripts/build/build-site.js';
import { exportOfflineArchive } from '../../scripts/export/offline-archive.js';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { launchBrowser } from '../../scripts/lib/chromium.js';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.js';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';

const SITE_URL = 'https://resources.example.org';

describe('reading offline', () => {
  let browser: Browser;
  let cms: ThrowawayCms;
  let buildEnv: NodeJS.ProcessEnv;
  let manifest: BuildManifest;
  let server: StaticServer | undefined;
  let port = 0;
  let origin = '';
  /** Paths the site server answered, as a host's access log would show them. */
  let served: string[] = [];
  const outDir = path.join(tmpdir(), `hub-offline-${process.pid}`);
  const contexts: BrowserContext[] = [];

  const serve = async () => {
    server = await startStaticServer({ root: outDir, port, onResponse: (entry) => served.push(entry.path) });
    port = Number(new URL(server.url).port);
    origin = server.url;
  };

  /** No network at all: the server is gone and the browser is offline. */
  const disconnect = async (context: BrowserContext) => {
    await server?.close();
    server = undefined;
    await context.setOffline(true);
  };
  const reconnect = async (context: BrowserContext) => {
    if (!server) await serve();
    await context.setOffline(false);
  };

  const newPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext();
    contexts.push(context);
    return { context, page: await context.newPage() };
  };

  /** Opens a page and waits until the service worker controls it and keeps what it loaded. */
  const openReady = async (page: Page, url: string) => {
    await page.goto(`${origin}${url}`);
    await page.waitForSelector('html[data-offline-ready]', { timeout: 20_000 });
  };

  const english = (predicate: (doc: BuildManifest['documents'][number]) => boolean) =>
    manifest.documents.filter((doc) => doc.locale === 'en' && predicate(doc));

  const imagesLoaded = (page: Page) =>
    page.evaluate(async () => {
      const images = Array.from(document.images);
      for (const image of images) image.loading = 'eager';
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      return images.map((image) => ({ src: image.currentSrc, width: image.naturalWidth }));
    });

  const saveLibrary = async (page: Page) => {
    await openReady(page, '/offline/');
    await expect.poll(() => page.textContent('[data-library-size]')).toMatch(/about \d/);
    await page.click('[data-save-library] [data-save]');
    await page.waitForSelector('[data-save-library][data-state="saved"]', { timeout: 60_000 });
  };

  // The explorer lists the library before it searches: the results are in once it says how many.
  const waitForResults = (page: Page) =>
    page.waitForFunction(
      () => /^\d+ results? for /.test(document.querySelector('[data-search-message]')?.textContent ?? ''),
      undefined,
      { timeout: 20_000 },
    );
  const searchOffline = async (page: Page, query: string) => {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    return page.$$eval('.search-result-link', (links) =>
      links.map((link) => ({ title: link.textContent?.trim() ?? '', href: link.getAttribute('href') ?? '' })),
    );
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    cms = await startThrowawayCms('sqlite');
    await seedHub(cms.strapi, sampleContent, { log: () => {} });
    buildEnv = {
      ...process.env,
      CMS_URL: cms.url,
      STRAPI_BUILD_TOKEN: await createBuildToken(cms.strapi),
      SITE_URL,
      SITE_BASE: '/',
    };
    manifest = (await buildSite({ env: buildEnv, outDir, log: () => {} })).manifest;
    await serve();
  });

  // A test that failed offline leaves the server up for the next one.
  afterEach(async () => {
    if (!server) await serve();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    await cms?.stop();
    await rm(outDir, { recursive: true, force: true });
  });

  it('reloads a visited page offline, says so, and answers an address never opened with what is saved', async () => {
    const { context, page } = await newPage();
    const [first, second, never] = english((doc) => doc.type === 'city-spotlight');
    await openReady(page, first!.url);
    await page.goto(`${origin}${second!.url}`);
    await disconnect(context);

    await page.reload();
    expect(await page.textContent('h1')).toBe(second!.title);
    await page.goto(`${origin}${first!.url}`);
    expect(await page.textContent('h1')).toBe(first!.title);
    expect(await page.isVisible('[data-connection-status]')).toBe(true);
    expect(await page.textContent('[data-connection-status]')).toContain('You are offline');

    await page.goto(`${origin}${never!.url}`);
    expect(await page.textContent('h1')).toBe('Use the library offline');
    expect(await page.textContent('[data-not-saved-here]')).toContain(`${never!.url} was not saved on this device`);
    await reconnect(context);
  });

  it('opens a guide saved for offline with its images and its PDF, and removes it on request', async () => {
    const { context, page } = await newPage();
    const guide = english((doc) => doc.type === 'guide' && doc.attachments.length > 0)[0]!;
    const pdf = guide.attachments[0]!;
    await openReady(page, guide.url);
    await page.click('[data-save-document] [data-save]');
    await page.waitForSelector('[data-save-document][data-state="saved"]');
    expect(await page.textContent('[data-save-document] [data-save-message]')).toBe(
      'Saved for offline reading on this device.',
    );
    await disconnect(context);

    // A fresh tab, nothing from memory: the page, its images and its PDF come from what was saved.
    const offline = await context.newPage();
    await offline.goto(`${origin}${guide.url}`);
    expect(await offline.textContent('h1')).toBe(guide.title);
    const images = await imagesLoaded(offline);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image.width, image.src).toBeGreaterThan(0);
    const saved = await offline.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        head: String.fromCharCode(...bytes.slice(0, 5)),
        size: bytes.length,
      };
    }, pdf.url);
    const { size } = await stat(path.join(outDir, pdf.url));
    expect(saved).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-', size });
    expect(await offline.isVisible('[data-save-document] [data-remove]')).toBe(true);

    await offline.click('[data-save-document] [data-remove]');
    await offline.waitForSelector('[data-save-document][data-state="unsaved"]');
    await offline.reload();
    expect(await offline.textContent('h1')).toBe('Use the library offline');
    await reconnect(context);
  });

  it('finds, offline, a document never opened once the library is saved, and only saved ones otherwise', async () => {
    const { context, page } = await newPage();
    await saveLibrary(page);
    expect(await page.textContent('[data-save-library] [data-save-message]')).toMatch(
      /^The library in English is saved on this device \(.+\)\.$/,
    );
    const toolkit = english((doc) => doc.type === 'toolkit')[0]!;

    const partly = await newPage();
    const spotlight = english((doc) => doc.type === 'city-spotlight')[0]!;
    await openReady(partly.page, spotlight.url);
    await partly.page.click('[data-save-document] [data-save]');
    await partly.page.waitForSelector('[data-save-document][data-state="saved"]');

    await disconnect(context);
    await partly.context.setOffline(true);
    const results = await searchOffline(page, 'national local cooperation toolkit');
    const hit = results.find((result) => result.title === toolkit.title);
    expect(hit, JSON.stringify(results)).toBeDefined();
    await page.click(`.search-result-link[href="${hit!.href}"]`);
    await page.waitForURL((url) => url.pathname === toolkit.url);
    expect(await page.textContent('h1')).toBe(toolkit.title);

    // One document saved: the search answers from it and says its results are limited.
    await partly.page.goto(`${origin}/search/?q=${encodeURIComponent(spotlight.title.split(':')[0]!)}`);
    await partly.page.waitForSelector('[data-saved-search]:not([hidden])');
    expect(await partly.page.textContent('[data-saved-search-notice]')).toBe(
      'You are offline: results come only from the documents saved on this device (1).',
    );
    expect(
      await partly.page.$$eval('[data-saved-results] a', (links) => links.map((link) => link.textContent)),
    ).toEqual([spotlight.title]);
    // Opened with no words, it lists what the device holds rather than an empty page.
    await partly.page.goto(`${origin}/search/`);
    await partly.page.waitForSelector('[data-saved-search]:not([hidden])');
    expect(
      await partly.page.$$eval('[data-saved-results] a', (links) => links.map((link) => link.textContent)),
    ).toEqual([spotlight.title]);
    await partly.context.setOffline(false);
    await reconnect(context);
  });

  it('offers a publish as new content and, once accepted, shows it offline with search to match, fetching only what changed', async () => {
    const { context, page } = await newPage();
    await saveLibrary(page);
    const title = 'Offline update probe: zephyrine gardens';
    await cms.strapi.documents('api::guide.guide' as never).create({
      locale: 'en',
      status: 'published',
      data: {
        title,
        summary: 'A guide published while a reader had the library saved.',
        publicationDate: '2026-11-20',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Zephyrine gardens bring neighbours together.' }] },
        ],
      },
    } as never);
    const rebuilt = await buildSite({ env: buildEnv, outDir, base: outDir, log: () => {} });
    const probe = rebuilt.manifest.documents.find((doc) => doc.title === title)!;

    served = [];
    await page.goto(`${origin}/`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await page.waitForSelector('[data-update-notice]:not([hidden])', { timeout: 30_000 });
    // The waiting release saved what changed, and only that: not the unchanged pages or images.
    const fetched = served.filter((url) => !url.startsWith('/sw.js'));
    expect(fetched).toContain(probe.url);
    expect(fetched.filter((url) => url.startsWith('/_astro/') && url.endsWith('.avif'))).toEqual([]);
    expect(fetched.length).toBeLessThan(rebuilt.offline.sizes.en!.files / 2);

    await Promise.all([page.waitForEvent('load'), page.click('[data-update-notice] button')]);
    await disconnect(context);
    const results = await searchOffline(page, 'zephyrine');
    expect(results.map((result) => result.title)).toContain(title);
    await page.goto(`${origin}${probe.url}`);
    expect(await page.textContent('h1')).toBe(title);
    const before = await searchOffline(page, 'national local cooperation toolkit');
    expect(before.length).toBeGreaterThan(0);
    await reconnect(context);
  });

  /** Starts saving the English library and takes the server away for real a few files in. */
  const dropConnectionDuringSave = async (page: Page) => {
    await openReady(page, '/offline/');
    await expect.poll(() => page.textContent('[data-library-size]')).toMatch(/about \d/);
    const cut = server!;
    served = [];
    const watcher = setInterval(() => {
      const files = served.filter((url) => url.startsWith('/_astro/') || url.endsWith('/')).length;
      if (files >= 10 && server === cut) {
        server = undefined;
        void cut.close();
      }
    }, 5);
    try {
      await page.click('[data-save-library] [data-save]');
      await page.waitForSelector('[data-save-library][data-state="stopped"]', { timeout: 30_000 });
    } finally {
      clearInterval(watcher);
    }
    expect(await page.textContent('[data-save-library] [data-save-message]')).toMatch(
      /^The connection dropped with .+ of .+ saved\. Saving resumes when you are back online\.$/,
    );
    expect(await page.textContent('[data-saved-list]')).toMatch(/The whole library in English \(\d+%\)/);
  };
  const expectLibrarySaved = async (page: Page) => {
    await page.waitForSelector('[data-save-library][data-state="saved"]', { timeout: 60_000 });
    expect(await page.textContent('[data-save-library] [data-save-message]')).toMatch(
      /^The library in English is saved on this device/,
    );
  };

  // Each waits up to 30 s for the save to stop and 60 s for it to finish: the Strapi suites running
  // beside them in CI can slow both, so each test as a whole gets their sum and more.
  it('pauses a library save when the connection drops, says how much is kept, and resumes once back online', async () => {
    const { context, page } = await newPage();
    await dropConnectionDuringSave(page);
    await context.setOffline(true);
    // The page must see the drop, or going back online is no change to it.
    await page.waitForFunction(() => !navigator.onLine);
    await serve();
    await context.setOffline(false);
    await expectLibrarySaved(page);
  }, 120_000);

  it('resumes a stopped save by itself when the site comes back though the browser never saw the connection drop', async () => {
    const { page } = await newPage();
    await dropConnectionDuringSave(page);
    await serve();
    await expectLibrarySaved(page);
  }, 120_000);

  it('tells a reader whose browser refuses space what was kept, and does not call it saved', async () => {
    const { page, context } = await newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 600_000 });
    await openReady(page, '/offline/');
    await expect.poll(() => page.textContent('[data-library-size]')).toMatch(/about \d/);
    await page.click('[data-save-library] [data-save]');
    await page.waitForSelector('[data-save-library][data-state="stopped"]', { timeout: 30_000 });
    expect(await page.textContent('[data-save-library] [data-save-message]')).toMatch(
      /^Your browser refused more space after .+ of .+\. This is not saved for offline reading: free some space on this device, or save single documents instead\.$/,
    );
    expect(await page.textContent('[data-saved-list]')).toMatch(/The whole library in English \(\d+%\)/);
    // Offline, search says it only has what is saved rather than searching a partial index.
    await disconnect(context);
    // (The DevTools session would keep the page's network emulation from going offline.)
    await devtools.detach();
    await page.goto(`${origin}/search/?q=guide`);
    await page.waitForSelector('[data-saved-search]:not([hidden])');
    expect(await page.textContent('[data-saved-search-notice]')).toBe(
      'You are offline: results come only from the documents saved on this device (0).',
    );
  });

  it('exports the library as a ZIP that works under any path prefix on a plain static server', async () => {
    const zipFile = `${outDir}-library.zip`;
    const unpacked = `${outDir}-unpacked`;
    const prefix = '/partners/strong-cities-library/';
    const { files } = await exportOfflineArchive({ from: outDir, out: zipFile, log: () => {} });
    const entries = unzipSync(await readFile(zipFile));
    expect(Object.keys(entries)).toHaveLength(files);
    expect(Object.keys(entries)).not.toContain('sw.js');
    for (const [name, bytes] of Object.entries(entries)) {
      const file = path.join(unpacked, prefix, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    }
    // Python's http.server knows nothing of the library: files, and index.html for a folder.
    const freePort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const plain: ChildProcess = spawn(
      'python3',
      ['-m', 'http.server', String(freePort), '--bind', '127.0.0.1', '--directory', unpacked],
      { stdio: 'ignore' },
    );
    try {
      const host = `http://127.0.0.1:${freePort}`;
      await expect
        .poll(
          () =>
            fetch(`${host}${prefix}`).then(
              (response) => response.status,
              () => 0,
            ),
          { timeout: 10_000 },
        )
        .toBe(200);
      const { page } = await newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));

      await page.goto(`${host}${prefix}`);
      expect(await page.textContent('h1')).toBeTruthy();
      const guide = english((doc) => doc.type === 'guide' && doc.attachments.length > 0)[0]!;
      await page.click(`a[href$="guides/index.html"]`);
      await page.click(`a[href$="${guide.slug}/index.html"]`);
      expect(await page.textContent('h1')).toBe(guide.title);
      expect(await page.isVisible('[data-save-document]')).toBe(false);
      const images = await imagesLoaded(page);
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) expect(image.width, image.src).toBeGreaterThan(0);
      const pdf = await page.$eval(
        `a[href$="${path.basename(guide.attachments[0]!.url)}"]`,
        (link) => (link as HTMLAnchorElement).href,
      );
      expect((await fetch(pdf)).headers.get('content-type')).toBe('application/pdf');

      await page.goto(`${host}${prefix}search/?q=${encodeURIComponent('national local cooperation toolkit')}`);
      await waitForResults(page);
      const toolkit = english((doc) => doc.type === 'toolkit')[0]!;
      const hit = await page.$eval(`.search-result-link[href^="${prefix}${toolkit.url.slice(1)}"]`, (link) =>
        link.getAttribute('href'),
      );
      await page.click(`.search-result-link[href="${hit}"]`);
      await page.waitForURL((url) => url.pathname === `${prefix}${toolkit.url.slice(1)}`);
      expect(await page.textContent('h1')).toBe(toolkit.title);
      expect(requested.filter((url) => !url.startsWith(`${host}${prefix}`))).toEqual([]);
    } finally {
      plain.kill();
      await rm(unpacked, { recursive: true, force: true });
      await rm(zipFile, { force: true });
    }
  });
});
