/**
 * The library as practitioners get it: the real CMS on SQLite, seeded with the sample content,
 * built by `buildSite` (Astro, Pagefind, post-build checks) and served as a static host would,
 * driven in Debian's Chromium.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { parse as parseRis } from 'astrocite-ris';
import axe from 'axe-core';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildManifest, ManifestDocument } from '../../site/src/build/manifest.js';
import { NATIVE_NAMES } from '../../site/src/i18n/locales.js';
import { STRINGS } from '../../site/src/i18n/strings.js';
import { buildSite, type BuildSiteResult } from '../../scripts/build/build-site.js';
import { readSearchFragments } from '../../scripts/build/search-fragments.js';
import { EXPLORER_UI, measureSearch } from '../../scripts/bench/first-search.js';
import { nuErrors } from '../fixtures/nu-checker.js';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { launchBrowser } from '../../scripts/lib/chromium.js';
import { mapLimit } from '../../scripts/lib/map-limit.js';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.js';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';

const SITE_URL = 'https://resources.example.org';
const HOSTILE_FILE_NAME = '"><img src=x onerror="window.__pwned=8">annex.pdf';
const HOSTILE_ATTACHMENT = 'Annex <script>window.__pwned=7</script>';
const HOSTILE_SUMMARY =
  'Every kind of block, and text that tries to break out: </script><script>window.__pwned = 5</script>';

/** A published guide with every block type and hostile text in every place CMS text can reach a page. */
const richTextSampler = (image: Record<string, unknown>) => ({
  title: 'Rich text sampler <img src=x onerror="window.__pwned=1">',
  summary: HOSTILE_SUMMARY,
  publicationDate: '2024-05-01',
  body: [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Section <b>one</b>' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Bold and italic', bold: true, italic: true },
        { type: 'text', text: ' then ' },
        { type: 'link', url: 'https://example.org/report', children: [{ type: 'text', text: 'a safe link' }] },
        { type: 'text', text: ', ' },
        { type: 'link', url: ' JaVa\tScRiPt:window.__pwned=2', children: [{ type: 'text', text: 'a script link' }] },
        { type: 'text', text: ', ' },
        {
          type: 'link',
          url: 'data:text/html,<script>window.__pwned=3</script>',
          children: [{ type: 'text', text: 'a data link' }],
        },
        { type: 'text', text: ' and ' },
        { type: 'link', url: '/guides/', children: [{ type: 'text', text: 'a relative link' }] },
      ],
    },
    {
      type: 'list',
      format: 'ordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'First step' }] },
        {
          type: 'list',
          format: 'unordered',
          children: [{ type: 'list-item', children: [{ type: 'text', text: 'Nested point' }] }],
        },
      ],
    },
    { type: 'quote', children: [{ type: 'text', text: 'A quoted mayor' }] },
    { type: 'code', children: [{ type: 'text', text: '<script>window.__pwned = 4</script>' }] },
    {
      type: 'image',
      image: { ...image, alternativeText: '"><script>window.__pwned=6</script>' },
      children: [{ type: 'text', text: '' }],
    },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Section <b>one</b>' }] },
  ],
});
const draft = sampleContent.documents.find((doc) => doc.status === 'draft')!;
const seedTitle = (key: string) => sampleContent.documents.find((doc) => doc.key === key)!.locales.en!.title;

describe('the built library', () => {
  let browser: Browser;
  let cms: ThrowawayCms;
  let buildEnv: NodeJS.ProcessEnv;
  let build: BuildSiteResult;
  let server: StaticServer;
  let manifest: BuildManifest;
  const outDir = path.join(tmpdir(), `hub-site-${process.pid}`);
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // Chromium first: a machine without it fails at once with findChromium's advice, not after a build.
    browser = await launchBrowser();
    cms = await startThrowawayCms('sqlite');
    await seedHub(cms.strapi, sampleContent, { log: () => {} });
    const image = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'image/jpeg' } });
    // A PDF whose file name and link title try to break out too.
    const pdf = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'application/pdf' } });
    await cms.strapi.db
      .query('plugin::upload.file')
      .update({ where: { id: pdf.id }, data: { name: HOSTILE_FILE_NAME } });
    const sampler = {
      ...richTextSampler(image),
      attachments: [{ title: HOSTILE_ATTACHMENT, language: 'en', file: pdf.id }],
    };
    const safeBody = sampler.body.map((block) =>
      block.type === 'paragraph'
        ? {
            ...block,
            children: block.children!.filter((node) => !('url' in node) || /^(https|\/)/.test(node.url ?? '')),
          }
        : block,
    );
    const created = await cms.strapi
      .documents('api::guide.guide' as never)
      .create({ locale: 'en', status: 'published', data: { ...sampler, body: safeBody } } as never);
    // Strapi refuses script and data links itself; older content or an import can still hold them.
    await cms.strapi.db.query('api::guide.guide').updateMany({
      where: { documentId: (created as { documentId: string }).documentId },
      data: { body: sampler.body },
    });
    // Search shards of eight documents: the sample content's search runs across several merged
    // indexes here, as a large library's does (the offline and publishing tests keep one shard).
    buildEnv = {
      ...process.env,
      CMS_URL: cms.url,
      STRAPI_BUILD_TOKEN: await createBuildToken(cms.strapi),
      SITE_URL,
      SITE_BASE: '/',
      SEARCH_SHARD_DOCUMENTS: '8',
    };
    build = await buildSite({ env: buildEnv, outDir, forbiddenText: [draft.locales.en!.title], log: () => {} });
    manifest = build.manifest;
    server = await startStaticServer({ root: outDir });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    await cms?.stop();
    await rm(outDir, { recursive: true, force: true });
  });

  const open = async (
    url: string,
    options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
  ): Promise<Page> => {
    const context = await browser.newContext(options);
    contexts.push(context);
    const page = await context.newPage();
    const response = await page.goto(url.startsWith('http') ? url : `${server.url}${url}`);
    expect(response?.status(), url).toBe(200);
    return page;
  };
  /** What axe-core finds against WCAG 2.2 AA; the page's context must bypass its CSP to inject it. */
  const axeViolations = async (page: Page): Promise<string[]> => {
    await page.addScriptTag({ content: axe.source });
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
  };
  const docOf = (type: string, locale = 'en') =>
    manifest.documents.find((doc) => doc.type === type && doc.locale === locale)!;

  it('publishes one page per published document in every language, and never the draft', async () => {
    const published = sampleContent.documents.filter((doc) => doc.status === 'published');
    const expected = published.reduce((count, doc) => count + Object.keys(doc.locales).length, 1);
    expect(manifest.documents).toHaveLength(expected);
    expect(manifest.documents.map((doc) => doc.title)).not.toContain(draft.locales.en!.title);
    expect(build.search.languages.en.pages).toBe(manifest.documents.filter((doc) => doc.locale === 'en').length);
    const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8');
    for (const doc of manifest.documents) expect(sitemap).toContain(`<loc>${SITE_URL}${doc.url}</loc>`);
    // Sharing images are drawn for published documents only: the release holds no other card.
    const cards = new Set(manifest.documents.flatMap((doc) => (doc.og ? [doc.og.file.slice(1)] : [])));
    expect(cards.size).toBeGreaterThan(0);
    expect((await readdir(path.join(outDir, 'og'))).map((file) => `og/${file}`).sort()).toEqual([...cards].sort());
  });

  it('renders every kind of rich text block, and no CMS text can run script or leave the page', async () => {
    const sampler = manifest.documents.find((doc) => doc.summary === HOSTILE_SUMMARY)!;
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${sampler.url}`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const article = page.locator('article');
    expect(await page.locator('h1').textContent()).toBe(sampler.title);
    // Headings keep their text as text, with stable, unique anchors.
    expect(await article.locator('h2#section-b-one-b').textContent()).toBe('Section <b>one</b>');
    expect(await article.locator('h2#section-b-one-b-2').count()).toBe(1);
    expect(await article.locator('strong > em').textContent()).toBe('Bold and italic');
    expect(await article.getByRole('link', { name: 'a safe link' }).getAttribute('rel')).toBe('noopener noreferrer');
    expect(await article.getByRole('link', { name: 'a relative link' }).getAttribute('href')).toBe('/guides/');
    // Unsafe targets become plain text, not links.
    expect(await article.getByRole('link', { name: /script link|data link/ }).count()).toBe(0);
    expect(await article.textContent()).toContain('a script link');
    expect((await article.locator('ol > li > ul > li').textContent())?.trim()).toBe('Nested point');
    expect(await article.locator('blockquote').textContent()).toContain('A quoted mayor');
    expect(await article.locator('pre code').textContent()).toBe('<script>window.__pwned = 4</script>');
    expect(await article.locator('figure.block-image img').getAttribute('alt')).toBe(
      '"><script>window.__pwned=6</script>',
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.description).toBe(HOSTILE_SUMMARY);
    expect(
      await page
        .locator('script:not([type="application/ld+json"])')
        .evaluateAll((scripts) => scripts.map((el) => el.textContent).join('\n')),
    ).not.toContain('__pwned');
  });

  it('shows hostile titles, summaries, file names and PDF titles as text in search results, never running them', async () => {
    const sampler = manifest.documents.find((doc) => doc.summary === HOSTILE_SUMMARY)!;
    const page = await open('/search/');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const links = page.locator('.search-result-link');
    // "annex" is in the hostile PDF's title, on the page that lists it.
    for (const query of ['sampler', 'annex']) {
      await page.getByRole('searchbox', { name: 'Search' }).fill(query);
      await expect
        .poll(() => page.locator('[data-search-message]').textContent(), { timeout: 10_000 })
        .toMatch(new RegExp(`results? for ${query}`));
      expect(await links.allTextContents()).toContain(sampler.title);
    }
    // The only images in results are the site's own cover thumbnails.
    expect(await page.locator('.search-results img:not(.search-result-thumb), .search-results script').count()).toBe(0);
    for (const src of await page
      .locator('.search-result-thumb')
      .evaluateAll((images) => images.map((image) => image.getAttribute('src'))))
      expect(src).toMatch(/^\/_astro\/[^"<>]+\.webp$/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const documentPage = await open(sampler.url);
    expect(
      await documentPage
        .getByRole('link', { name: new RegExp(HOSTILE_ATTACHMENT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) })
        .count(),
    ).toBe(1);
    expect(await documentPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('takes a reader from the home page to a guide by navigation', async () => {
    const page = await open('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Guides');
    await page
      .getByRole('main')
      .getByRole('link', { name: seedTitle('guide-for-mayors') })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(seedTitle('guide-for-mayors'));
    expect(new URL(page.url()).pathname).toMatch(/^\/guides\/[a-z0-9-]+\/$/);
    // The guide's table of contents leads to its sections.
    const firstSection = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first();
    const anchor = (await firstSection.getAttribute('href'))!;
    expect(await page.locator(anchor).count()).toBe(1);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${SITE_URL}${new URL(page.url()).pathname}`,
    );
  });

  it('says on the page and on its card when a document is sample content, and only then', async () => {
    const guide = manifest.documents.find((doc) => doc.title === seedTitle('guide-for-mayors'))!;
    const page = await open(guide.url);
    const notice = page.getByTestId('sample-notice');
    expect(await notice.textContent()).toMatch(/^Sample content: written to try out the Resource Hub/);
    expect(await notice.isVisible()).toBe(true);
    const dialogue = await open(
      manifest.documents.find((doc) => doc.title === seedTitle('summit-2023-mena-dialogue'))!.url,
    );
    expect(await dialogue.getByTestId('sample-notice').count()).toBe(0);
    // A listing marks the card of a sample report, not that of one that keeps to the seeds.
    const listing = await open('/event-reports/');
    const card = (key: string) =>
      listing.locator('li.card', { has: listing.getByRole('link', { name: seedTitle(key), exact: true }) });
    expect(await card('summit-2023').locator('.card-sample').textContent()).toBe('Sample content');
    expect(await card('summit-2023-mena-dialogue').count()).toBe(1);
    expect(await card('summit-2023-mena-dialogue').locator('.card-sample').count()).toBe(0);
    // Harvesters are told too.
    const catalogue = JSON.parse(await readFile(path.join(outDir, 'catalogue.json'), 'utf8')) as {
      documents: { title: Record<string, string>; sample?: true }[];
    };
    const sampleOf = (key: string) => catalogue.documents.find((doc) => doc.title.en === seedTitle(key))!.sample;
    expect(sampleOf('summit-2023')).toBe(true);
    expect(sampleOf('summit-2023-mena-dialogue')).toBeUndefined();
  });

  it('lists the network’s thematic areas first on the home page, in each language, each page saying what it is', async () => {
    const areas = sampleContent.themes.filter((theme) => theme.thematicArea);
    const tagged = (key: string, locale: 'en' | 'fr' = 'en') =>
      sampleContent.documents.filter(
        (doc) => doc.status === 'published' && doc.themes.includes(key) && doc.locales[locale],
      );
    const page = await open('/', { bypassCSP: true });
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Thematic areas', exact: true }),
    });
    const shown = areas
      .filter((area) => tagged(area.key).length > 0)
      .sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'));
    expect(shown.length).toBeGreaterThan(4);
    // In alphabetical order, each with how many documents it holds; an area with none yet is not offered.
    expect(await section.getByRole('link').allTextContents()).toEqual(shown.map((area) => area.name.en));
    expect((await section.locator('li').first().textContent())!.trim()).toBe(
      `${shown[0]!.name.en} (${tagged(shown[0]!.key).length})`,
    );
    const topics = page.locator('section', { has: page.getByRole('heading', { name: 'More topics', exact: true }) });
    expect(
      await topics
        .getByRole('link', { name: sampleContent.themes.find((t) => t.key === 'youth-engagement')!.name.en })
        .count(),
    ).toBe(1);
    expect(await topics.getByRole('link', { name: shown[0]!.name.en }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await section.getByRole('link', { name: shown[0]!.name.en }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(shown[0]!.name.en);
    expect(await page.getByText('One of the network’s thematic areas.').count()).toBe(1);
    const french = await open('/fr/');
    const frenchAreas = french.locator('section', {
      has: french.getByRole('heading', { name: 'Domaines thématiques', exact: true }),
    });
    const frenchShown = areas.filter((area) => tagged(area.key, 'fr').length > 0).map((area) => area.name.fr!);
    expect(frenchShown.length).toBeGreaterThan(0);
    expect(await frenchAreas.getByRole('link').allTextContents()).toEqual(
      frenchShown.sort((x, y) => x.localeCompare(y, 'fr')),
    );
  });

  it('credits a report’s funders with their logos and the words they require, and lists its work on a partner’s page by role', async () => {
    const summit = manifest.documents.find((doc) => doc.title === seedTitle('summit-2023'))!;
    const eu = sampleContent.partners.find((partner) => partner.key === 'european-union')!;
    const page = await open(summit.url, { bypassCSP: true });
    const support = page.getByTestId('supported-by');
    expect(await support.getByRole('heading').textContent()).toBe('With the support of');
    const funders = sampleContent.documents.find((doc) => doc.key === 'summit-2023')!.partners.funder!;
    const names = new Map(sampleContent.partners.map((partner) => [partner.key, partner.name.en]));
    expect((await support.getByRole('listitem').allTextContents()).map((text) => text.trim())).toEqual(
      funders.map((key) => names.get(key)),
    );
    // Each logo is the site's own, sized by sharp; the EU's statement is printed as the EU words it.
    const logo = support.getByRole('listitem').first().locator('img');
    expect(await logo.getAttribute('src')).toMatch(/^\/_astro\/.+\.(jpg|webp|avif)$/);
    await logo.scrollIntoViewIfNeeded();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await support.locator('p.acknowledgement').allTextContents()).toEqual([eu.acknowledgement!.en]);
    // The other roles are facts of the event.
    const facts = page.locator('dl.facts').first();
    expect(await facts.locator('dt', { hasText: 'Co-organised by' }).count()).toBe(1);
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as { funder?: { name: string }[] },
    );
    expect(jsonLd.flatMap((data) => data.funder ?? []).map((funder) => funder.name)).toEqual(
      funders.map((key) => names.get(key)),
    );
    expect(await axeViolations(page)).toEqual([]);
    // The French page prints the statement in French.
    const french = manifest.documents.find((doc) => doc.locale === 'fr' && doc.documentId === summit.documentId);
    if (french) {
      const frenchPage = await open(french.url);
      expect(await frenchPage.locator('p.acknowledgement').allTextContents()).toEqual([eu.acknowledgement!.fr]);
    }

    await support.getByRole('link', { name: eu.name.en }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(eu.name.en);
    expect(await page.locator('.partner-identity img').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'european-union.europa.eu' }).getAttribute('href')).toBe(eu.website);
    const funded = page.locator('section[data-role="funder"]');
    expect(await funded.getByRole('heading', { level: 2 }).textContent()).toBe('Funded by European Union');
    const fundedTitles = sampleContent.documents
      .filter((doc) => doc.status === 'published' && doc.partners.funder?.includes('european-union'))
      .map((doc) => doc.locales.en!.title)
      .sort();
    expect(
      (await funded.locator('li.card h3, li.card h2').allTextContents()).map((text) => text.trim()).sort(),
    ).toEqual(fundedTitles);
    // Harvesters get each partner with its roles.
    const catalogue = JSON.parse(await readFile(path.join(outDir, 'catalogue.json'), 'utf8')) as {
      documents: { title: Record<string, string>; partners: { slug: string; roles: string[] }[] }[];
    };
    const entry = catalogue.documents.find((doc) => doc.title.en === summit.title)!;
    expect(entry.partners.find((partner) => partner.slug === 'european-union')?.roles).toEqual(['funder']);
  });

  it('leads from an event to the regional hub that ran it, and from its region to the hub’s contact', async () => {
    const [hub] = sampleContent.hubs;
    const dialogue = manifest.documents.find((doc) => doc.title === seedTitle('summit-2023-mena-dialogue'))!;
    // axe-core is injected at the end: the context lets it past the page's CSP.
    const page = await open(dialogue.url, { bypassCSP: true });
    const facts = page.locator('dl.facts').first();
    expect(await facts.locator('dt', { hasText: 'Run by' }).count()).toBe(1);
    await facts.getByRole('link', { name: hub!.name.en }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(hub!.name.en);
    // The hub's page: its contact, and the events it ran.
    const contact = page.getByTestId('hub-contact');
    expect(await contact.textContent()).toContain(`${hub!.contact.name}, ${hub!.contact.role.en}`);
    // The explorer has no hub filter: the page does not pretend to link into it.
    expect(await page.getByRole('link', { name: 'Filter and search these in the library explorer' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: dialogue.title }).count()).toBeGreaterThan(0);
    // The region's page names its hub and whom to write to; the address is written out, never whole.
    await page.locator('p.meta a').first().click();
    const regionContact = page.getByTestId('hub-contact');
    await expect.poll(() => regionContact.getByRole('heading').textContent()).toBe('The network’s hub in this region');
    expect(await regionContact.getByRole('link', { name: hub!.name.en }).count()).toBe(1);
    expect(await regionContact.textContent()).toContain('zra (at) strongcitiesnetwork.org');
    expect(await page.content()).not.toContain(hub!.contact.email);
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const catalogue = JSON.parse(await readFile(path.join(outDir, 'catalogue.json'), 'utf8')) as {
      documents: { title: Record<string, string>; hubs: { slug: string; name: Record<string, string> }[] }[];
    };
    const entry = catalogue.documents.find((doc) => doc.title.en === dialogue.title)!;
    expect(entry.hubs.map((each) => each.name.en)).toEqual([hub!.name.en]);
    expect(entry.hubs[0]!.name.ar).toBe(hub!.name.ar);
    expect(JSON.stringify(catalogue)).not.toContain(hub!.contact.email);
  });

  it('shows an event report with its sessions, breadcrumbs and PDF attachments', async () => {
    const summit = manifest.documents.find((doc) => doc.title === seedTitle('summit-2023'))!;
    const page = await open(summit.url);
    expect(await page.getByRole('heading', { name: 'Sessions' }).count()).toBe(1);
    await page
      .getByRole('link', { name: seedTitle('summit-2023-soft-targets-workshop') })
      .first()
      .click();
    const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    await expect.poll(() => breadcrumbs.getByRole('link', { name: summit.title }).count()).toBe(1);
    const summitPage = await open(summit.url);
    const attachment = summitPage.locator('a[data-attachment]').first();
    expect(await attachment.locator('xpath=..').textContent()).toMatch(/PDF, [\d.,]+ KB, English/);
    const pdf = await fetch(`${server.url}${await attachment.getAttribute('href')}`);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('carries the citation meta reference managers read: title, author, date, language and the PDF', async () => {
    const summit = manifest.documents.find((doc) => doc.title === seedTitle('summit-2023'))!;
    const page = await open(summit.url);
    const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
    expect(await meta('citation_title')).toBe(summit.title);
    expect(await meta('citation_author')).toBe('Strong Cities Network');
    expect(await meta('citation_publication_date')).toBe(summit.publicationDate.replace(/-/g, '/'));
    expect(await meta('citation_language')).toBe('en');
    const pdfUrl = new URL((await meta('citation_pdf_url'))!);
    expect(pdfUrl.origin).toBe(SITE_URL);
    const pdf = await fetch(`${server.url}${pdfUrl.pathname}`);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const withoutFiles = manifest.documents.find((doc) => doc.attachments.length === 0)!;
    expect(await (await open(withoutFiles.url)).locator('meta[name="citation_pdf_url"]').count()).toBe(0);
  });

  it('offers APA and Chicago references, and BibTeX and RIS files that real parsers read, for every document', async () => {
    for (const doc of manifest.documents) {
      const html = await readFile(path.join(outDir, doc.url, 'index.html'), 'utf8');
      const download = (type: string) =>
        decodeURIComponent(new RegExp(`href="data:${type};charset=utf-8,([^"]+)"`).exec(html)![1]!);
      // The title as written: reference managers may sentence-case unprotected words for a style.
      const bibtex = parseBibtex(download('application/x-bibtex'), { sentenceCase: false });
      expect(bibtex.errors, doc.url).toEqual([]);
      expect(bibtex.entries).toHaveLength(1);
      expect((bibtex.entries[0]!.fields.title as string).normalize('NFC'), doc.url).toBe(doc.title);
      expect(bibtex.entries[0]!.fields.url).toBe(`${SITE_URL}${doc.url}`);
      const risText = download('application/x-research-info-systems');
      let parsed: ReturnType<typeof parseRis>;
      try {
        parsed = parseRis(risText);
      } catch (error) {
        throw new Error(`${doc.url}: the RIS file does not parse (${String(error)}):\n${risText}`);
      }
      const [ris, ...more] = parsed;
      expect(more).toEqual([]);
      expect(ris).toMatchObject({
        title: doc.title,
        URL: `${SITE_URL}${doc.url}`,
        language: doc.locale,
        issued: { 'date-parts': [[doc.publicationDate.slice(0, 4)]] },
      });
    }
    const summit = manifest.documents.find((doc) => doc.title === seedTitle('summit-2023'))!;
    const page = await open(summit.url);
    const year = summit.publicationDate.slice(0, 4);
    expect(await page.textContent('[data-citation="apa"]')).toBe(
      `Strong Cities Network. (${year}). ${summit.title}. Strong Cities Network. ${SITE_URL}${summit.url}`,
    );
    expect(await page.textContent('[data-citation="chicago"]')).toMatch(
      new RegExp(`^Strong Cities Network\\. ${year}\\. “.+\\.” \\w+ \\d+, ${year}\\. ${SITE_URL}${summit.url}\\.$`),
    );
    // On a French or Arabic page, the date in the reference is written as the page writes dates.
    for (const locale of ['fr', 'ar']) {
      const version = manifest.documents.find((doc) => doc.locale === locale)!;
      const translated = await open(version.url);
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${version.publicationDate}T12:00:00Z`),
      );
      const chicago = (await translated.textContent('[data-citation="chicago"]'))!;
      expect(chicago, version.url).toContain(` ${day}. `);
      expect(chicago, version.url).not.toMatch(
        /January|February|March|April|May|June|July|August|September|October|November|December/,
      );
    }
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-citation="bibtex"]')]);
    expect(file.suggestedFilename()).toMatch(/\.bib$/);
  });

  it('publishes RSS and JSON feeds of the library, each type, theme, region and city, which a feed parser reads whole', async () => {
    const published = new Set(manifest.documents.map((doc) => `${SITE_URL}${doc.url}`));
    const feeds = (await readdir(outDir, { recursive: true })).filter((file) =>
      /(^|\/)(rss\.xml|feed\.json)$/.test(file),
    );
    expect(feeds).toEqual(
      expect.arrayContaining([
        'rss.xml',
        'feed.json',
        'guides/rss.xml',
        'guides/feed.json',
        'fr/rss.xml',
        'fr/feed.json',
      ]),
    );
    for (const taxonomy of ['themes', 'regions', 'cities'])
      for (const format of ['rss.xml', 'feed.json'])
        expect(
          feeds.some((file) => new RegExp(`^${taxonomy}/[^/]+/${format}$`).test(file)),
          `${taxonomy} ${format}`,
        ).toBe(true);
    for (const file of feeds) {
      const text = await readFile(path.join(outDir, file), 'utf8');
      const feed = file.endsWith('.json')
        ? extractFromJson(JSON.parse(text), { normalization: true })
        : extractFromXml(text, { normalization: true });
      // A type with nothing yet in a language has an empty feed, as it has an empty listing; the rest have items.
      if (!/(^|\/)(guides|toolkits|city-spotlights|event-reports)\//.test(file))
        expect(feed.entries?.length, file).toBeGreaterThan(0);
      for (const entry of feed.entries ?? []) {
        expect(published.has(entry.link!), `${file}: ${entry.link}`).toBe(true);
        expect(entry.title).toBeTruthy();
        expect(Number.isNaN(new Date(entry.published!).getTime()), `${file}: ${entry.published}`).toBe(false);
      }
    }
    const youth = feeds.find((file) => file.startsWith('themes/'))!.replace(/(rss\.xml|feed\.json)$/, '');
    const termPage = await open(`/${youth}`);
    expect(await termPage.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
      `/${youth}rss.xml`,
    );
  });

  it('publishes a catalogue of every document that validates against its published schema', async () => {
    const catalogue = JSON.parse(await readFile(path.join(outDir, 'catalogue.json'), 'utf8')) as {
      documents: { id: string; locales: string[]; url: Record<string, string> }[];
    };
    const schema = JSON.parse(await (await fetch(`${server.url}/catalogue.schema.json`)).text());
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    formats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(catalogue), JSON.stringify(validate.errors)).toBe(true);
    const versions = catalogue.documents.flatMap((doc) => Object.values(doc.url));
    expect(versions.sort()).toEqual(manifest.documents.map((doc) => `${SITE_URL}${doc.url}`).sort());
    expect(new Set(catalogue.documents.map((doc) => doc.id)).size).toBe(catalogue.documents.length);
    // A document of another shape is refused: the schema holds its fields to account.
    expect(validate({ ...catalogue, documents: [{ ...catalogue.documents[0], type: 'podcast' }] })).toBe(false);
  });

  it('draws a 1200x630 sharing image for every document, right to left for Arabic, named in its page', async () => {
    for (const doc of manifest.documents) {
      const html = await readFile(path.join(outDir, doc.url, 'index.html'), 'utf8');
      const image = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!);
      expect(image.pathname, doc.url).toBe(doc.og!.file);
      const { width, height, format } = await sharp(path.join(outDir, image.pathname)).metadata();
      expect({ width, height, format }, doc.url).toEqual({ width: 1200, height: 630, format: 'jpeg' });
      expect(doc.og!.direction).toBe(doc.locale === 'ar' ? 'rtl' : 'ltr');
    }
    const spotlight = docOf('city-spotlight');
    expect(spotlight.og!.label).toMatch(/^City spotlight · \S/);
    expect(spotlight.og!.cover).toMatch(/^\/_astro\/.+\.jpg$/);
  });

  it('offers a card other sites can frame, with its code to paste and oEmbed discovery', async () => {
    const guide = docOf('guide');
    const page = await open(guide.url);
    const discovery = new URL(
      (await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href'))!,
    );
    const oembed = (await (await fetch(`${server.url}${discovery.pathname}`)).json()) as { html: string };
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: guide.title,
      provider_name: 'Resource Hub',
      width: 480,
      height: 200,
    });
    expect(await page.locator('[data-embed-code]').inputValue()).toBe(oembed.html);
    const card = await (await fetch(`${server.url}/embed/guides/${guide.slug}/`)).text();
    expect(card).not.toContain('<script');

    // A partner's page, on another origin, pastes the code: the card shows inside it.
    const partnerDir = `${outDir}-partner`;
    await mkdir(partnerDir, { recursive: true });
    await writeFile(
      path.join(partnerDir, 'index.html'),
      `<!doctype html><title>Partner</title><h1>Our resources</h1>${oembed.html.replace(SITE_URL, server.url)}`,
    );
    const partner = await startStaticServer({ root: partnerDir });
    try {
      const partnerPage = await open(`${partner.url}/`);
      const frame = partnerPage.frameLocator('iframe');
      expect(await frame.locator('h1').textContent()).toBe(guide.title);
      expect(await frame.locator('h1 a').getAttribute('href')).toBe(`${SITE_URL}${guide.url}`);
    } finally {
      await partner.close();
      await rm(partnerDir, { recursive: true, force: true });
    }
  });

  it('sends a strict Content Security Policy that every page keeps to, search and highlighting included, and that stops script slipped into a page', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    const page = await context.newPage();
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    const workshop = manifest.documents.find((doc) => doc.title === seedTitle('summit-2023-soft-targets-workshop'))!;
    const visits: [string, () => Promise<unknown>][] = [
      ['/', async () => {}],
      ['/guides/', async () => {}],
      ['/fr/', async () => {}],
      ['/offline/', async () => {}],
      [
        // The full text asked for: Pagefind's worker and WebAssembly run under the same policy.
        '/search/?q=mayors&full=1',
        () => expect.poll(() => page.locator('.search-excerpt').count(), { timeout: 10_000 }).toBeGreaterThan(0),
      ],
      [
        `${workshop.url}?highlight=targets`,
        async () => {
          await expect.poll(() => page.locator('article mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
          expect(
            await page
              .locator('article mark')
              .first()
              .evaluate((mark) => getComputedStyle(mark).backgroundColor),
          ).not.toBe('rgba(0, 0, 0, 0)');
        },
      ],
      ['/no-such-page/', async () => {}],
    ];
    for (const [url, ready] of visits) {
      const response = await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
      const policy = response!.headers()['content-security-policy'] ?? '';
      expect(policy, url).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')*;/);
      expect(policy, url).toContain("frame-ancestors 'self'");
      expect(policy, url).not.toContain('unsafe-inline');
      await ready();
      expect(await violations(), url).toEqual([]);
    }

    const card = await fetch(`${server.url}/embed/guides/${docOf('guide').slug}/`);
    expect(card.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(card.headers.get('x-frame-options')).toBeNull();
    // Static hosts get the same policy from the release's _headers file.
    const hostFile = await readFile(path.join(outDir, '_headers'), 'utf8');
    expect(hostFile).toContain(
      `Content-Security-Policy: ${(await fetch(`${server.url}/`)).headers.get('content-security-policy')}`,
    );

    // Markup that reached a page anyway (a compromised template, a hand-edited file) cannot run.
    await mkdir(path.join(outDir, 'csp-probe'), { recursive: true });
    await writeFile(
      path.join(outDir, 'csp-probe', 'index.html'),
      '<!doctype html><html lang="en"><title>Probe</title><script>window.__ran = 1</script><img src="/missing.png" onerror="window.__ran = 2"><a href="javascript:window.__ran=3" id="go">go</a>',
    );
    try {
      await page.goto(`${server.url}/csp-probe/`, { waitUntil: 'networkidle' });
      await page.locator('#go').click();
      expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
      expect((await violations()).map((line) => line.split(' ')[0])).toEqual(
        expect.arrayContaining(['script-src-elem', 'script-src-attr']),
      );
    } finally {
      await rm(path.join(outDir, 'csp-probe'), { recursive: true, force: true });
    }
  });

  it('answers a permanent link /r/{id}/ with a 301 to the document, and offers a redirect page to plain hosts', async () => {
    const summit = manifest.documents.find((doc) => doc.title === seedTitle('summit-2023'))!;
    const permalink = `/r/${summit.permanentId}/`;
    const answer = await fetch(`${server.url}${permalink}`, { redirect: 'manual' });
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe(summit.url);
    const page = await readFile(path.join(outDir, 'r', summit.permanentId!, 'index.html'), 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${summit.url}">`);
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it('serves every image and file from the site itself, never hot-linking the CMS', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}${docOf('city-spotlight').url}`, { waitUntil: 'networkidle' });
    const cover = page.locator('figure.cover img');
    expect(await cover.getAttribute('alt')).toMatch(/\S/);
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.locator('figure.cover source[type="image/avif"]').count()).toBe(1);
    expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'))).toEqual([]);
  });

  /** The library as the English explorer lists it: each document once, in English where it has English. */
  const explorerDocuments = () => {
    const byDocument = new Map<string, ManifestDocument>();
    for (const doc of manifest.documents) {
      const key = doc.permanentId ?? doc.documentId;
      if (!byDocument.has(key) || doc.locale === 'en') byDocument.set(key, doc);
    }
    return [...byDocument.values()].sort((a, b) => b.publicationDate.localeCompare(a.publicationDate));
  };
  /**
   * The list shows these documents' first ones, newest first. Those of one day come in the order
   * they were created, which the manifest does not say: each day's are compared as a set.
   */
  const expectNewestFirst = (shown: string[], documents: ManifestDocument[]) => {
    const expected = documents.slice(0, shown.length);
    const dateOf = new Map(documents.map((doc) => [doc.url, doc.publicationDate]));
    expect(shown.map((href) => dateOf.get(href))).toEqual(expected.map((doc) => doc.publicationDate));
    const lastDay = expected.at(-1)?.publicationDate;
    const before = (hrefs: string[]) => new Set(hrefs.filter((href) => dateOf.get(href) !== lastDay));
    expect(before(shown)).toEqual(before(expected.map((doc) => doc.url)));
  };
  const shownHrefs = (page: Page) =>
    page.locator('.search-result-link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));

  it('opens the explorer on the whole library, newest first, 20 at a time, every facet counted', async () => {
    const documents = explorerDocuments();
    expect(documents.length).toBeGreaterThan(20);
    const page = await open('/search/');
    const message = page.locator('[data-search-message]');
    expect(await message.textContent()).toBe(`${documents.length} documents`);
    expect(await message.getAttribute('aria-live')).toBe('polite');
    expect(await shownHrefs(page)).toHaveLength(20);
    expectNewestFirst(await shownHrefs(page), documents);
    const typeCount = async (label: string) =>
      Number(await page.locator('[data-facet="type"] label', { hasText: label }).locator('[data-count]').textContent());
    expect(await typeCount('Event report')).toBe(documents.filter((doc) => doc.type === 'event-report').length);
    expect(await typeCount('City spotlight')).toBe(documents.filter((doc) => doc.type === 'city-spotlight').length);
    for (const facet of ['Type', 'Theme', 'Written for', 'Region', 'City', 'Year', 'Available in'])
      expect(await page.getByRole('group', { name: facet }).isVisible(), facet).toBe(true);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(async () => (await shownHrefs(page)).length).toBe(documents.length);
    expectNewestFirst(await shownHrefs(page), documents);
    // The next results' first link has the focus: a keyboard reader goes on where they were.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe((await shownHrefs(page))[20]);
    expect(await page.getByRole('button', { name: 'Show more results' }).isHidden()).toBe(true);
  });

  it('narrows the explorer to what is written for mayors, from a guide’s own link; audiences have no pages', async () => {
    const mayors = 'Mayors and elected leaders';
    const documents = explorerDocuments();
    const forMayors = documents.filter((doc) => doc.filters.audience.includes(mayors));
    expect(forMayors.length).toBeGreaterThan(1);
    expect(forMayors.length).toBeLessThan(documents.length);
    const guide = manifest.documents.find((doc) => doc.title === seedTitle('guide-for-mayors'))!;
    const page = await open(guide.url);
    await page.getByRole('link', { name: mayors, exact: true }).first().click();
    const message = page.locator('[data-search-message]');
    await expect.poll(() => message.textContent()).toBe(`${forMayors.length} documents`);
    expect(new URL(page.url()).searchParams.get('audience')).toBe('mayors-and-elected-leaders');
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${mayors}`) }).isChecked()).toBe(true);
    expectNewestFirst(await shownHrefs(page), forMayors);
    expect((await fetch(`${server.url}/audiences/mayors-and-elected-leaders/`)).status).toBe(404);
    // The catalogue carries them, as it does themes.
    const catalogue = JSON.parse(await readFile(path.join(outDir, 'catalogue.json'), 'utf8')) as {
      documents: { title: Record<string, string>; audiences: { name: Record<string, string> }[] }[];
    };
    const entry = catalogue.documents.find((doc) => doc.title.en === guide.title)!;
    expect(entry.audiences.map((audience) => audience.name.fr)).toEqual(['Maires et élus']);
  });

  it('narrows the explorer by facets and words, recounting every facet, with the view in the address', async () => {
    const documents = explorerDocuments();
    const reports = documents.filter((doc) => doc.type === 'event-report');
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    const message = page.locator('[data-search-message]');
    await page.getByRole('checkbox', { name: /^Event report/ }).check();
    await expect.poll(() => message.textContent()).toBe(`${reports.length} documents`);
    expect(new URL(page.url()).search).toBe('?type=event-report');
    expect(await shownHrefs(page)).toHaveLength(Math.min(20, reports.length));
    expectNewestFirst(await shownHrefs(page), reports);
    // Another facet's counts are now those of event reports: a theme's count is what choosing it lists.
    const workshop = reports.find((doc) => doc.title === seedTitle('summit-2023-soft-targets-workshop'))!;
    const themeName = workshop.filters.theme[0]!;
    const theme = page
      .locator('[data-facet="theme"] label')
      .filter({ has: page.locator('span', { hasText: new RegExp(`^${themeName}$`) }) });
    const themeCount = Number(await theme.locator('[data-count]').textContent());
    expect(themeCount).toBe(reports.filter((doc) => doc.filters.theme.includes(themeName)).length);
    await theme.getByRole('checkbox').check();
    await expect.poll(() => message.textContent()).toBe(`${themeCount} document${themeCount === 1 ? '' : 's'}`);
    expect(await axeViolations(page)).toEqual([]);
    // Typed slower than the explorer's pause: each pause searches, and the spaces stay in the box.
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('soft targets', { delay: 200 });
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(/results? for soft targets$/);
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('soft targets');
    const address = new URL(page.url());
    expect(address.searchParams.get('q')).toBe('soft targets');
    expect(address.searchParams.get('type')).toBe('event-report');
    expect(address.searchParams.get('theme')).not.toBeNull();
    const found = await shownHrefs(page);
    expect(found.length).toBeGreaterThan(0);
    for (const href of found) expect(href).toMatch(/^\/event-reports\//);
    // The matched passage comes from the document's text, not from the page's furniture.
    for (const passage of await page.locator('.search-excerpt').allTextContents())
      expect(passage).not.toMatch(/min read/);
    // The same address, opened afresh, is the same view.
    await page.reload();
    await expect.poll(() => shownHrefs(page), { timeout: 10_000 }).toEqual(found);
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('soft targets');
    expect(await page.getByRole('checkbox', { name: /^Event report/ }).isChecked()).toBe(true);
    // Back steps through the views: before the words, before the theme, before the type.
    await page.goBack();
    await expect.poll(() => message.textContent()).toBe(`${themeCount} document${themeCount === 1 ? '' : 's'}`);
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => message.textContent()).toBe(`${reports.length} documents`);
    await page.goBack();
    await expect.poll(() => message.textContent()).toBe(`${documents.length} documents`);
    expect(await page.getByRole('checkbox', { name: /^Event report/ }).isChecked()).toBe(false);
  });

  it('answers a query from titles, summaries and terms first, and searches the full text on request', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/search/`);
    const message = page.locator('[data-search-message]');
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('mayors', { delay: 60 });
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(/^(\d+) results for mayors$/);
    const fromWords = Number(/^(\d+)/.exec((await message.textContent())!)![1]);
    expect(fromWords).toBeGreaterThanOrEqual(10);
    // Ten shown, each with the words marked where its title or summary has them.
    expect(await page.locator('.search-result').count()).toBe(10);
    const marked = await page.locator('.search-excerpt mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^mayor/);
    // A result opens with the words highlighted, as a full-text one does.
    expect(await page.locator('.search-result-link').first().getAttribute('href')).toMatch(/\?highlight=mayors$/);
    expect(loaded.filter((file) => file.includes('/pagefind/'))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Also search inside the documents and their PDFs' }).click();
    await page.waitForURL(/[?&]full=1/);
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(/^(\d+) results for mayors$/);
    const withText = Number(/^(\d+)/.exec((await message.textContent())!)![1]);
    expect(withText).toBeGreaterThanOrEqual(fromWords);
    expect(loaded.some((file) => file.includes('/pagefind/'))).toBe(true);
    expect(await page.getByRole('button', { name: 'Also search inside the documents and their PDFs' }).isHidden()).toBe(
      true,
    );
    // The button went; the focus is on what it changed.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-message'))).toBe(true);
    // The full-text view is in the address: reloaded, it is the same; Back returns to the words alone.
    await page.reload();
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toBe(`${withText} results for mayors`);
    await page.goBack();
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toBe(`${fromWords} results for mayors`);
    expect(new URL(page.url()).searchParams.has('full')).toBe(false);
  });

  it('says what matched nothing and offers to remove the last filter', async () => {
    const page = await open('/search/?type=toolkit&q=Narayanganj');
    const message = page.locator('[data-search-message]');
    await expect
      .poll(() => message.textContent(), { timeout: 10_000 })
      .toMatch(/^No documents match “Narayanganj”, Toolkit\./);
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.getByRole('button', { name: 'Remove the last filter: Toolkit' }).click();
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(/results? for Narayanganj$/);
    // The button went with the filter; the focus is on what changed, not lost to the page's top.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-message'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=Narayanganj');
  });

  it('shows the Arabic explorer right to left, its facets on the start side', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/search/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const facets = await page.locator('[data-explorer-facets]').boundingBox();
    const results = await page.locator('[data-search-results]').boundingBox();
    expect(facets!.x).toBeGreaterThan(results!.x);
    // English documents with no Arabic version are listed in English, and say so.
    expect(await page.locator('.in-language').first().textContent()).toBe(
      `باللغة ${new Intl.DisplayNames(['ar'], { type: 'language' }).of('en')}`,
    );
    expect(await page.locator('.search-result-link[lang="en"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('writes every page as valid HTML (W3C Nu checker)', { timeout: 300_000 }, async () => {
    // Every page the build wrote: documents, listings, explorer, offline, embeds, 404 and 410.
    expect(await nuErrors(outDir)).toEqual([]);
  });

  it("finds documents by what readers read, never by a word of a cover image's address", async () => {
    const spotlight = await open(docOf('city-spotlight').url);
    const cover = new URL((await spotlight.locator('figure.cover img').getAttribute('src'))!, server.url);
    // The cover's file, as written: "cover_spotlight_sousse_….jpg" holds "cover" and "jpg".
    const extension = cover.pathname.split('.').at(-1)!;
    expect(extension).toMatch(/^(jpe?g|png|webp|avif)$/);
    const page = await open(`/search/?q=${extension}`);
    const message = page.locator('[data-search-message]');
    // Not in any language either.
    await expect
      .poll(() => message.textContent(), { timeout: 10_000 })
      .toMatch(
        new RegExp(`^No documents match “${extension}”\\. The same words in other languages: ([^\\d]+ 0(, )?)+\\.$`),
      );
    expect(await page.locator('.search-result-link').count()).toBe(0);
  });

  it('counts the same words in the other languages when nothing matches, and leads there', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    // French words on the Arabic explorer: nothing in Arabic, some French documents.
    await page.goto(`${server.url}/ar/search/?q=collectivités`);
    const message = page.locator('[data-search-message]');
    await expect
      .poll(() => message.textContent(), { timeout: 10_000 })
      .toMatch(/^لا توجد وثائق تطابق “collectivités”\. الكلمات نفسها بلغات أخرى: .+\.$/);
    const french = page.locator('a[data-search-language][hreflang="fr"]');
    const shown = await french.evaluate((link) => link.nextElementSibling!.textContent);
    const count = Number(/^ \((\d+)\)$/.exec(shown ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    // The names are isolated, so that each keeps its number after it whatever its direction.
    expect(await message.textContent()).toContain(`\u2068Français\u2069 ${count}`);
    expect(await axeViolations(page)).toEqual([]);
    // The count is of the words alone, and so is the search the link opens.
    expect(new URL((await french.getAttribute('href'))!, server.url).search).toBe('?q=collectivit%C3%A9s');
    await french.click();
    await expect
      .poll(() => page.locator('[data-search-message]').textContent(), { timeout: 10_000 })
      .toBe(`${count} résultat${count === 1 ? '' : 's'} pour collectivités`);
  });

  it('lets the bench see what opening the explorer and two searches load', async () => {
    const measured = await measureSearch({
      browser,
      siteUrl: server.url,
      ui: EXPLORER_UI,
      queries: ['mayors', 'youth'],
    });
    // Opened with no query: the page rendered at build, no index yet.
    expect(measured.open.bytesByKind.page).toBeGreaterThan(0);
    expect(measured.open.bytesByKind['pagefind wasm']).toBeUndefined();
    // Each query last; before it, only a part of it that a late keystroke searched on its own.
    for (const [step, query] of [
      [measured.first, 'mayors'],
      [measured.second, 'youth'],
    ] as const) {
      expect(step.searched.at(-1)).toBe(query);
      for (const term of step.searched) expect(query.startsWith(term)).toBe(true);
      expect(step.msToFirstResult).toBeGreaterThan(0);
      expect(step.bytesByKind.explorer, query).toBeGreaterThan(0);
    }
    // "mayors" names more than a page of titles and summaries: Pagefind is not loaded for it.
    for (const kind of ['pagefind wasm', 'pagefind meta', 'pagefind index', 'pagefind fragment'])
      expect(measured.first.bytesByKind[kind], kind).toBeUndefined();
  });

  it('sorts results by date on request and highlights the searched words on the page it opens', async () => {
    const page = await open('/search/?q=mayors');
    const links = page.locator('.search-result-link');
    // A result of the words has its passage: the list before them, the whole library, has none.
    await expect.poll(() => page.locator('.search-excerpt').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    // The first results show before the rest of the page; the status line once all are in.
    await expect
      .poll(() => page.locator('[data-search-message]').textContent(), { timeout: 10_000 })
      .toMatch(/\d+ results? for mayors/);
    await page.getByLabel('Sort results').selectOption({ label: 'Newest first' });
    await page.waitForURL(/[?&]sort=desc/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('mayors');
    const dateOf = (href: string) => {
      const url = href.replace(/[?#].*$/, '');
      const doc = manifest.documents.find(
        (candidate) => candidate.url === url || candidate.attachments.some((attachment) => attachment.url === url),
      );
      return doc!.publicationDate;
    };
    await expect
      .poll(
        async () => {
          const dates = (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))).map(
            dateOf,
          );
          return dates.length > 2 && dates.every((date, index) => index === 0 || dates[index - 1] >= date);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    // Highlighting marks the words as searched (Pagefind stems them for matching, mark.js does not).
    await page.goto(`${server.url}/search/?q=targets`);
    await expect
      .poll(() => page.locator('[data-search-message]').textContent(), { timeout: 10_000 })
      .toMatch(/\d+ results? for targets/);
    const workshop = manifest.documents.find((doc) => doc.title === seedTitle('summit-2023-soft-targets-workshop'))!;
    const target = (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))).find(
      (href) => href.startsWith(workshop.url),
    )!;
    expect(target).toMatch(/\?highlight=targets/);
    await page.goto(`${server.url}${target}`);
    await expect.poll(() => page.locator('article mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await page.locator('article mark').first().textContent())?.toLowerCase()).toBe('targets');
  });

  it("gathers a city's spotlights and the reports that mention it on the city page", async () => {
    const sousse = manifest.documents.find((doc) => doc.title === seedTitle('spotlight-sousse'))!;
    const page = await open(sousse.url);
    await page.getByRole('article').getByRole('link', { name: 'Sousse', exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sousse');
    const spotlights = page.getByRole('region', { name: 'Spotlights on Sousse' });
    expect(await spotlights.getByRole('link', { name: sousse.title }).count()).toBe(1);
    expect(
      await page
        .getByRole('region', { name: /mentioning Sousse/ })
        .getByRole('listitem')
        .count(),
    ).toBeGreaterThan(0);
  });

  it('searches inside PDF attachments and opens the PDF at the right page', async () => {
    const page = await open('/search/?q=Narayanganj');
    await expect.poll(() => page.locator('.search-excerpt').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The document is listed once; its passage says which page of its PDF holds the words.
    const pdfLink = page.getByRole('link', { name: 'In the PDF, page 3' });
    expect(await pdfLink.getAttribute('href')).toMatch(/^\/media\/[\w-]+\.pdf(\?[^#]*)?#page=3$/);
    const hrefs = await shownHrefs(page);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('searches each language in its own index and offers the query in the others', async () => {
    const page = await open('/fr/search/?q=cibles');
    const links = page.locator('.search-result-link');
    await expect.poll(() => page.locator('.search-excerpt').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // French versions and PDFs; a document with no French version is listed in English, and says so.
    for (const link of await links.evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href')!, lang: a.getAttribute('lang') })),
    ))
      expect(link.href.startsWith('/fr/') || link.href.startsWith('/media/') || link.lang === 'en', link.href).toBe(
        true,
      );
    expect(await page.locator('a[data-search-language][hreflang="en"]').getAttribute('href')).toMatch(
      /\/search\/\?q=cibles$/,
    );
  });

  it('says which of the library’s languages a document lacks, in the page’s own typography', async () => {
    const libraryLanguages = [...new Set(manifest.documents.map((doc) => doc.locale))];
    const versions = (doc: ManifestDocument) =>
      manifest.documents.filter((other) => other.documentId === doc.documentId && other.type === doc.type);
    const englishOnly = manifest.documents.find((doc) => doc.locale === 'en' && versions(doc).length === 1)!;
    const page = await open(englishOnly.url);
    // Languages the library has no document in are never "missing" (no "Not available in Español").
    const lacking = libraryLanguages.filter((language) => language !== 'en').map((language) => NATIVE_NAMES[language]);
    expect(await page.locator('.notice', { hasText: 'Not available in' }).textContent()).toBe(
      `Not available in ${new Intl.ListFormat('en', { type: 'conjunction' }).format(lacking)}.`,
    );
    const frenchPage = await open(manifest.documents.find((doc) => doc.locale === 'fr')!.url);
    // French sets a narrow no-break space before a colon.
    expect(await frenchPage.locator('.cite-this p').first().textContent()).toMatch(
      /^\s*Pour un gestionnaire de références \(Zotero, EndNote, Mendeley\)\u202f:/,
    );
  });

  it('never shows the same heading twice on a document page: the template gives way to the body', async () => {
    const repeated: string[] = [];
    for (const doc of manifest.documents) {
      const html = await readFile(path.join(outDir, doc.url, 'index.html'), 'utf8');
      // The template's headings have ids ending in -heading; the body's are named from their words.
      const headings = [...html.matchAll(/<h[23](?: id="([^"]*)")?[^>]*>([\s\S]*?)<\/h[23]>/g)].map((match) => ({
        template: (match[1] ?? '').endsWith('-heading'),
        text: match[2]!
          .replace(/<[^>]+>/g, '')
          .trim()
          .toLocaleLowerCase(doc.locale),
      }));
      const twice = headings
        .filter((heading) => heading.template)
        .filter((heading) => headings.filter((other) => other.text === heading.text).length > 1)
        .map((heading) => heading.text);
      if (twice.length > 0) repeated.push(`${doc.url}: ${twice.join(', ')}`);
    }
    expect(repeated).toEqual([]);
    // The sample spotlights' bodies have a "The practice" section: the practice in brief stays, unheaded.
    const sousse = await readFile(path.join(outDir, docOf('city-spotlight').url, 'index.html'), 'utf8');
    expect(sousse).not.toContain('id="practice-heading"');
  });

  it('renders the Arabic document right to left, in Arabic', async () => {
    const arabic = manifest.documents.find((doc) => doc.locale === 'ar')!;
    const page = await open(arabic.url);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).direction)).toBe('rtl');
    expect(await page.getByRole('link', { name: 'انتقل إلى المحتوى' }).count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(1);
  });

  /** One page of each kind readers land on: home, a listing, a document of each type, a city, the explorer, Arabic. */
  const pageKinds = () => [
    '/',
    '/city-spotlights/',
    ...['guide', 'toolkit', 'city-spotlight', 'event-report'].map((type) => docOf(type).url),
    manifest.pages.find((url) => url.startsWith('/cities/'))!,
    '/search/',
    docOf('city-spotlight', 'ar').url,
    '/ar/',
  ];

  it('fits every kind of page in a 320 px wide screen, with no sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    contexts.push(context);
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const url of pageKinds()) {
      await page.goto(`${server.url}${url}`);
      // The page's width beyond the screen's, and the innermost elements that stick out, to fix.
      overflowing.push(
        ...(await page.evaluate(() => {
          const screen = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= screen) return [];
          const out = Array.from(document.body.querySelectorAll('*')).filter(
            (element) => element.getBoundingClientRect().right > screen + 1,
          );
          const innermost = out.filter((element) => !out.some((other) => other !== element && element.contains(other)));
          return innermost
            .slice(0, 3)
            .map((element) => `${location.pathname}: <${element.localName} class="${element.className}">`);
        })),
      );
    }
    expect(overflowing).toEqual([]);
  });

  it('shows documents as cards with a sized cover, or the type drawing when there is none', async () => {
    for (const url of ['/', '/guides/', '/city-spotlights/']) {
      const page = await open(url);
      const cards = await page.locator('main .card').evaluateAll((items) =>
        items.map((card) => {
          const image = card.querySelector('.card-cover img');
          return {
            title: card.querySelector('h2, h3')?.textContent?.trim(),
            type: card.querySelector('.badge')?.textContent ?? card.getAttribute('data-type'),
            date: card.querySelector('time')?.getAttribute('datetime'),
            cover: image ? `${image.getAttribute('width')}x${image.getAttribute('height')}` : undefined,
            drawing: Boolean(card.querySelector('.cover-placeholder svg')),
            readingTime: /\d/.test(card.querySelector('.card-foot')?.textContent ?? ''),
          };
        }),
      );
      expect(cards.length, url).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card, url).toMatchObject({ title: expect.any(String), type: expect.any(String), readingTime: true });
        expect(card.date, url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(card.cover ?? card.drawing, `${url}: ${card.title}`).toBeTruthy();
        if (card.cover) expect(card.cover).toMatch(/^\d+x\d+$/);
      }
      expect(
        cards.some((card) => card.cover),
        `${url} shows covers`,
      ).toBe(true);
    }
    const guides = await open('/guides/');
    // The rich text sampler has no cover: its card carries the guide drawing instead.
    expect(
      await guides.locator('.card', { hasText: 'Rich text sampler' }).locator('.cover-placeholder svg').count(),
    ).toBe(1);
  });

  it('shows a sized cover beside explorer results that have one, before and after a search', async () => {
    const page = await open('/search/');
    const thumbnails = () =>
      page.locator('.search-result').evaluateAll((items) =>
        items.map((item) => {
          const image = item.querySelector<HTMLImageElement>('img.search-result-thumb');
          return {
            title: item.querySelector('.search-result-link')?.textContent?.trim(),
            size: image && `${image.getAttribute('width')}x${image.getAttribute('height')}`,
            srcset: image?.getAttribute('srcset'),
          };
        }),
      );
    const atBuild = await thumbnails();
    expect(atBuild.filter((result) => result.size).length).toBeGreaterThan(0);
    for (const { size, srcset } of atBuild.filter((result) => result.size)) {
      expect(size).toMatch(/^96x\d+$/);
      expect(srcset).toMatch(/\.webp 2x$/);
    }
    const sousse = manifest.documents.find((doc) => doc.title === seedTitle('spotlight-sousse'))!;
    await page.getByRole('searchbox', { name: 'Search' }).fill('Sousse');
    await expect
      .poll(() => page.locator('[data-search-message]').textContent(), { timeout: 10_000 })
      .toMatch(/results? for Sousse/);
    const found = (await thumbnails()).find((result) => result.title === sousse.title);
    expect(found?.size, 'the Sousse spotlight found by search shows its cover').toMatch(/^96x\d+$/);
    const image = page.locator('.search-result', { hasText: sousse.title }).locator('img.search-result-thumb');
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
      .toBeGreaterThan(0);
  });

  it("shows a full-text query's results ten at a time, drawn from their search records without the card files", async () => {
    const page = await open('/search/');
    const requested: string[] = [];
    await page.getByRole('searchbox', { name: 'Search' }).fill('city');
    await expect
      .poll(() => page.locator('[data-search-message]').textContent(), { timeout: 10_000 })
      .toMatch(/results? for city/);
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.getByRole('button', { name: 'Also search inside the documents and their PDFs' }).click();
    await page.waitForURL(/[?&]full=1/);
    // Once the full text's results are shown, the focus is on the line that says how many.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-message')), { timeout: 10_000 })
      .toBe(true);
    expect(requested.some((pathname) => pathname.endsWith('.pf_fragment'))).toBe(true);
    const found = Number(
      /([\d,]+) results? for/.exec((await page.locator('[data-search-message]').textContent())!)![1]!.replace(/,/g, ''),
    );
    expect(found, 'the sample library has more than ten documents about cities').toBeGreaterThan(10);
    expect(await page.locator('.search-result').count()).toBe(10);
    expect(await page.locator('.search-result .search-excerpt').count()).toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(20, found));
    expect(requested.filter((pathname) => /explorer-cards-\d+\.json$/.test(pathname))).toEqual([]);
  });

  it('switches to dark colours when the reader asks for them, every text still AA', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of pageKinds()) {
      await page.goto(`${server.url}${url}`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!, `${url} background ${background}`).toBeLessThan(150);
      failures.push(...(await axeViolations(page)).map((violation) => `${url} ${violation}`));
    }
    expect(failures).toEqual([]);
  });

  it("counts documents on the home page by each language's plural rules", async () => {
    for (const locale of ['en', 'fr', 'ar'] as const) {
      const page = await open(locale === 'en' ? '/' : `/${locale}/`);
      const tiles = await page.locator('.type-tiles a').evaluateAll((links) =>
        links.map((link) => ({
          href: link.getAttribute('href')!,
          count: link.querySelector('strong + span')!.textContent!,
        })),
      );
      expect(tiles).toHaveLength(4);
      for (const { href, count } of tiles) {
        const listed = manifest.documents.filter(
          (doc) => doc.locale === locale && href.includes(`/${doc.type}s/`),
        ).length;
        const forms = STRINGS[locale].documentCount;
        const form = forms[new Intl.PluralRules(locale).select(listed)] ?? forms.other;
        expect(count, `${locale} ${href}`).toBe(form.replace('{count}', String(listed)));
      }
    }
    const english = await open('/');
    expect(await english.locator('.type-tiles').textContent()).toMatch(/\b1 document\b(?!s)/);
  });

  it('reads without JavaScript: lists and documents work; search says what it needs', async () => {
    const page = await open('/event-reports/', { javaScriptEnabled: false });
    await page
      .getByRole('main')
      .getByRole('link', { name: seedTitle('summit-2023') })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(seedTitle('summit-2023'));
    expect(await page.locator('a[data-attachment]').count()).toBeGreaterThan(0);
    const search = await open('/search/', { javaScriptEnabled: false });
    // Playwright's text locators skip <noscript>; the rendered text is what a reader sees.
    expect(await search.getByRole('main').innerText()).toContain('needs JavaScript');
    // The newest documents, and every type, theme, region and city page with its count.
    expect(await shownHrefs(search)).toHaveLength(20);
    expectNewestFirst(await shownHrefs(search), explorerDocuments());
    const reports = manifest.documents.filter((doc) => doc.locale === 'en' && doc.type === 'event-report');
    expect(await search.getByRole('navigation', { name: 'Type' }).innerText()).toContain(
      `Event reports (${reports.length})`,
    );
    for (const facet of ['Thematic areas', 'More topics', 'Region', 'City'])
      expect(await search.getByRole('navigation', { name: facet }).getByRole('link').count(), facet).toBeGreaterThan(0);
    await search.getByRole('navigation', { name: 'Type' }).getByRole('link', { name: 'Event reports' }).click();
    await expect.poll(() => search.getByRole('heading', { level: 1 }).textContent()).toBe('Event reports');
  });

  it('answers an unknown address with a not-found page that offers search', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/guides/no-such-guide/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('searchbox').fill('mayors');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('.search-excerpt').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('has no accessibility violations (axe-core, WCAG 2.2 AA) on any page in the sitemap', async () => {
    const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    expect(urls.length).toBe(manifest.pages.length);
    // axe-core is injected as an inline script, which the site's policy rightly refuses.
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    // Two tabs: while one waits for its page to load, the other runs axe.
    const tabs = await Promise.all([context.newPage(), context.newPage()]);
    const failures: string[] = [];
    await mapLimit(urls, tabs.length, async (url) => {
      const page = tabs.pop()!;
      try {
        await page.goto(`${server.url}${url}`);
        failures.push(...(await axeViolations(page)).map((violation) => `${url} ${violation}`));
      } finally {
        tabs.push(page);
      }
    });
    expect(failures.sort()).toEqual([]);
    // axe-core over every page of the sitemap: 300 s ran out with other suites on the two cores.
  }, 900_000);

  it('works under a path prefix, search included', async () => {
    const prefixed = path.join(tmpdir(), `hub-site-prefixed-${process.pid}`);
    await buildSite({ env: { ...buildEnv, SITE_BASE: '/library/' }, outDir: prefixed, log: () => {} });
    const prefixServer = await startStaticServer({ root: prefixed, prefix: '/library/' });
    try {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${prefixServer.url}/library/`);
      // A footer link an editor gave as a path on the site takes the base path too.
      const footerLink = page.locator('.site-footer').getByRole('link', { name: 'City spotlights' });
      expect(await footerLink.getAttribute('href')).toBe('/library/city-spotlights/');
      expect((await fetch(`${prefixServer.url}/library/city-spotlights/`)).status).toBe(200);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
      await page.getByRole('searchbox', { name: 'Search' }).fill('soft targets');
      const links = page.locator('.search-result-link');
      // A first visit right after a whole build: every shard's index comes cold (4 to 8 s here when
      // the machine is busy; over 10 s twice in a full run, over 30 s once).
      await expect.poll(() => page.locator('.search-excerpt').count(), { timeout: 60_000 }).toBeGreaterThan(0);
      const href = (await links.first().getAttribute('href'))!;
      expect(href).toMatch(/^\/library\//);
      expect((await fetch(`${prefixServer.url}${href}`)).status).toBe(200);
    } finally {
      await prefixServer.close();
      await rm(prefixed, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses to build when a published document has a bad field, naming it, and keeps the live site', async () => {
    const guide = manifest.documents.find((doc) => doc.title === seedTitle('guide-for-mayors'))!;
    const uid = 'api::guide.guide';
    const row = await cms.strapi.db
      .query(uid)
      .findOne({ where: { documentId: guide.documentId, locale: 'en', publishedAt: { $notNull: true } } });
    // Written past Strapi's own validation, as a plugin, an import or an older schema could.
    await cms.strapi.db.query(uid).update({ where: { id: row.id }, data: { summary: 'x'.repeat(400) } });
    try {
      const error = await buildSite({ env: buildEnv, outDir, log: () => {} }).catch((caught: Error) => caught);
      expect(error).toBeInstanceOf(Error);
      const message = (error as Error).message;
      expect(message).toContain(guide.slug);
      expect(message).toContain('Summary');
      expect(message).toMatch(/300/);
      // One readable message: no stack trace, no terminal colour codes.
      expect(message).not.toMatch(/Stack trace|^\s+at /m);
      expect(message).not.toContain('\u001b[');
      const live = await fetch(`${server.url}${guide.url}`);
      expect(live.status).toBe(200);
      expect(await live.text()).toContain(guide.title);
    } finally {
      await cms.strapi.db.query(uid).update({ where: { id: row.id }, data: { summary: row.summary } });
    }
  }, 120_000);

  it('leaves nothing of an unpublished document in the next build but a "no longer available" at its address: no page, listing, search, sitemap or images', async () => {
    const nansana = manifest.documents.find((doc) => doc.title === seedTitle('spotlight-nansana'))!;
    const page = await fetch(`${server.url}${nansana.url}`);
    const images = [...(await page.text()).matchAll(/(\/_astro\/cover_spotlight_nansana[^" ,]+)/g)].map(
      (match) => match[1],
    );
    expect(images.length).toBeGreaterThan(0);
    await cms.strapi
      .documents('api::city-spotlight.city-spotlight' as never)
      .unpublish({ documentId: nansana.documentId, locale: '*' } as never);
    const rebuilt = await buildSite({ env: buildEnv, outDir, log: () => {} });
    expect(rebuilt.manifest.documents.map((doc) => doc.documentId)).not.toContain(nansana.documentId);
    // Its address stays, saying it is no longer available (see published-addresses.test.ts).
    const gone = await fetch(`${server.url}${nansana.url}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).not.toContain(nansana.title);
    expect(await (await fetch(`${server.url}/city-spotlights/`)).text()).not.toContain(nansana.title);
    expect(await readFile(path.join(outDir, 'sitemap.xml'), 'utf8')).not.toContain(nansana.url);
    expect((await readSearchFragments(outDir)).map((fragment) => fragment.url)).not.toContain(nansana.url);
    for (const image of images) expect((await fetch(`${server.url}${image}`)).status, image).toBe(404);
  }, 120_000);
});
