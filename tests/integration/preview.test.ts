/**
 * Draft previews: the CMS's Preview panel gets a signed, expiring link; the publisher renders
 * the draft with the site's templates from its own draft-reading token, and nothing of it
 * reaches the public site. Bad and expired links are refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewLink } from '../../cms/src/publishing/preview-link.js';
import { createBuildToken, createPreviewToken } from '../../scripts/lib/build-token.js';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { startPublishingService, type PublishingService } from '../../scripts/publish/publishing-service.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';

const SECRET = 'integration-test-preview-secret';
const WORD = 'quetzalcoatlus';
const TITLE = 'Preview Town: A Draft Nobody Has Published';
type PreviewHandler = (
  uid: string,
  params: { documentId: string; locale: string; status: string },
) => Promise<string | null>;

describe('draft previews', () => {
  let work: string;
  let cms: ThrowawayCms;
  let publishing: PublishingService;
  let draft: { documentId: string; slug: string };
  let handler: PreviewHandler;
  let buildToken: string;
  let previewToken: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hub-preview-'));
    publishing = await startPublishingService({
      dataDir: work,
      secret: SECRET,
      env: { ...process.env, SITE_CACHE_DIR: path.join(work, 'cache') },
      log: () => {},
    });
    cms = await startThrowawayCms('sqlite', 'warn', {
      PUBLISHER_URL: publishing.publisher.url,
      PUBLISHER_SECRET: SECRET,
    });
    await seedHub(cms.strapi, sampleContent);
    buildToken = await createBuildToken(cms.strapi);
    previewToken = await createPreviewToken(cms.strapi);
    await publishing.connect({ url: cms.url, token: buildToken, previewToken });
    const city = await cms.strapi.db.query('api::city.city').findOne({ where: { locale: 'en' } });
    draft = (await cms.strapi.documents('api::city-spotlight.city-spotlight' as never).create({
      locale: 'en',
      data: {
        title: TITLE,
        summary: `A spotlight that exists only as a draft, about the ${WORD}.`,
        publicationDate: '2026-11-20',
        practice: 'Previewing first.',
        city: city.documentId,
      },
    } as never)) as unknown as { documentId: string; slug: string };
    handler = (cms.strapi.config.get('admin.preview') as { config: { handler: PreviewHandler } }).config.handler;
  });

  afterAll(async () => {
    await publishing?.stop();
    await cms?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('renders a draft with the site templates from the link the Preview panel gets, framed only by the CMS', async () => {
    const link = await handler('api::city-spotlight.city-spotlight', {
      documentId: draft.documentId,
      locale: 'en',
      status: 'draft',
    });
    expect(link).toMatch(new RegExp(`^${publishing.publisher.url}/preview\\?`));
    const redirect = await fetch(link!, { redirect: 'manual' });
    expect(redirect.status).toBe(303);
    const page = await fetch(new URL(redirect.headers.get('location')!, publishing.publisher.url));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${cms.url}`);
    expect(page.headers.get('x-robots-tag')).toBe('noindex');
    const html = await page.text();
    expect(html).toContain(TITLE);
    expect(html).toContain(WORD);
    // It says it is a draft, and prints no publication date for what is not published.
    expect(html).toMatch(/<p class="notice preview-banner" role="note">Draft preview — not published\./);
    expect(html).not.toMatch(/Published <time/);
    // The files the page loads (stylesheets, images) are served with it.
    const assets = [...new Set(Array.from(html.matchAll(/\/preview\/_astro\/[\w.-]+/g), (match) => match[0]))];
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect((await fetch(new URL(asset, publishing.publisher.url))).status).toBe(200);
  });

  it('writes nothing of the draft into the public site', async () => {
    expect((await fetch(`${publishing.site.url}/city-spotlights/${draft.slug}/`)).status).toBe(404);
    const published = (await cms.strapi
      .documents('api::city-spotlight.city-spotlight' as never)
      .findFirst({ locale: 'en', status: 'published' })) as unknown as { slug: string };
    const page = await (await fetch(`${publishing.site.url}/city-spotlights/${published.slug}/`)).text();
    expect(page).toMatch(/Published <time/);
    expect(page).not.toContain('preview-banner');
    const releases = path.join(work, 'site', 'releases');
    expect(() => execFileSync('grep', ['-rl', WORD, releases])).toThrow();
  });

  it('serves drafts over the API to the preview token only, never to the build token', async () => {
    const draftQuery = `${cms.url}/api/city-spotlights?status=draft&filters[documentId][$eq]=${draft.documentId}`;
    const asBuild = await fetch(draftQuery, { headers: { Authorization: `Bearer ${buildToken}` } });
    expect(asBuild.status).toBe(400);
    const asPreview = await fetch(draftQuery, { headers: { Authorization: `Bearer ${previewToken}` } });
    expect(asPreview.status).toBe(200);
    expect(JSON.stringify(await asPreview.json())).toContain(TITLE);
  });

  it('refuses links with a bad signature or past their time, and offers no preview for taxonomies', async () => {
    const link = new URL(
      (await handler('api::city-spotlight.city-spotlight', {
        documentId: draft.documentId,
        locale: 'en',
        status: 'draft',
      }))!,
    );
    link.searchParams.set('documentId', 'someone-elses-draft');
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(401);
    const expired = previewLink(
      publishing.publisher.url,
      SECRET,
      { type: 'city-spotlight', documentId: draft.documentId, locale: 'en' },
      Date.now() - 60 * 60 * 1000,
    );
    expect((await fetch(expired, { redirect: 'manual' })).status).toBe(401);
    expect(await handler('api::city.city', { documentId: draft.documentId, locale: 'en', status: 'draft' })).toBeNull();
  });
});
