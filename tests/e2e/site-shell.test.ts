/** The built site shell as a visitor's browser sees it. */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.js';
import { siteDir } from '../../scripts/lib/paths.js';
import { runQuietly } from '../../scripts/lib/run-quietly.js';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.js';

const buildSite = () =>
  runQuietly('astro build', 'npx', ['astro', 'build'], { cwd: siteDir, env: { ASTRO_TELEMETRY_DISABLED: '1' } });

describe('site shell', () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    // Chromium first: a machine without it fails at once with findChromium's advice, not after a build.
    browser = await launchBrowser();
    // Always a fresh build: the test is about what visitors get, not a stale dist.
    await buildSite();
    server = await startStaticServer({ root: path.join(siteDir, 'dist') });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openPage = async (): Promise<{ page: Page; requests: string[] }> => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    return { page, requests };
  };

  it('renders the home page in English from this host alone', async () => {
    const { page, requests } = await openPage();
    try {
      const response = await page.goto(`${server!.url}/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Resource Hub');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/\S/);
      const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).hostname !== '127.0.0.1');
      expect(elsewhere).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('answers an unknown address with the not-found page and a way home', async () => {
    const { page } = await openPage();
    try {
      const response = await page.goto(`${server!.url}/no-such-page/`);
      expect(response?.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
      await page.getByRole('link', { name: /home/i }).click();
      await page.waitForURL(`${server!.url}/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Resource Hub');
    } finally {
      await page.context().close();
    }
  });
});
