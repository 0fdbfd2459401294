/**
 * Links that last: a document renamed twice through the CMS keeps answering at both earlier
 * addresses and at its permanent link with real 301s to where it is now; unpublished, every one
 * of its addresses says it is no longer available, with 410. A renamed theme's old address leads
 * to its page. Real CMS, real builds, the hub's site server.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.js';
import { HOST_FILES } from '../../scripts/build/host-redirects.js';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.js';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';

const GUIDES = 'api::guide.guide';
const THEMES = 'api::theme.theme';
const ADDRESSES = 'api::published-address.published-address';
const title = sampleContent.documents.find((doc) => doc.key === 'guide-for-mayors')!.locales.en!.title;

describe('addresses that last', () => {
  let cms: ThrowawayCms;
  let work: string;
  let env: NodeJS.ProcessEnv;
  let server: StaticServer;
  let guide: { documentId: string; slug: string; permanentId: string };
  let theme: { documentId: string; slug: string };
  const live = () => path.join(work, 'live');

  const answer = async (sitePath: string) => {
    const response = await fetch(`${server.url}${sitePath}`, { redirect: 'manual' });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };
  const englishAddresses = async () =>
    (
      (await cms.strapi
        .documents(ADDRESSES as never)
        .findMany({ filters: { document: guide.documentId, language: 'en' }, sort: 'id' } as never)) as unknown as {
        slug: string;
      }[]
    ).map((address) => address.slug);
  const rename = async (slug: string, publish: boolean) => {
    await cms.strapi
      .documents(GUIDES as never)
      .update({ documentId: guide.documentId, locale: 'en', data: { slug } } as never);
    if (publish)
      await cms.strapi.documents(GUIDES as never).publish({ documentId: guide.documentId, locale: 'en' } as never);
  };

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'hub-addresses-'));
    cms = await startThrowawayCms('sqlite');
    await seedHub(cms.strapi, sampleContent, { log: () => {} });
    env = {
      ...process.env,
      CMS_URL: cms.url,
      STRAPI_BUILD_TOKEN: await createBuildToken(cms.strapi),
      SITE_CACHE_DIR: path.join(work, 'cache'),
      SITE_BASE: '/',
    };
    guide = (await cms.strapi
      .documents(GUIDES as never)
      .findFirst({ locale: 'en', status: 'published', filters: { title } } as never)) as unknown as typeof guide;
    await rename('mayors-guide-first-rename', true);
    await rename('mayors-guide-second-rename', true);
    await rename('a-name-only-in-the-draft', false);
    const themeName = sampleContent.themes.find(({ key }) => key === 'hate-speech')!.name.en;
    theme = (await cms.strapi
      .documents(THEMES as never)
      .findFirst({ locale: 'en', filters: { name: themeName } } as never)) as unknown as typeof theme;
    await cms.strapi.documents(THEMES as never).update({
      documentId: theme.documentId,
      locale: 'en',
      data: { name: 'Hate speech, renamed', slug: 'hate-speech-renamed' },
    } as never);
    await buildSite({ env, outDir: live(), log: () => {} });
    server = await startStaticServer({ root: live() });
  });

  afterAll(async () => {
    await server?.close();
    await cms?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('records every address a document was published at, and not a rename only saved in a draft', async () => {
    expect(await englishAddresses()).toEqual([guide.slug, 'mayors-guide-first-rename', 'mayors-guide-second-rename']);
  });

  it('answers both earlier addresses and the permanent link with a 301 to the current page, for any host', async () => {
    const current = '/guides/mayors-guide-second-rename/';
    expect((await answer(current)).status).toBe(200);
    for (const old of [`/guides/${guide.slug}/`, '/guides/mayors-guide-first-rename/', `/r/${guide.permanentId}/`])
      expect(await answer(old), old).toMatchObject({ status: 301, location: current });
    expect((await answer('/guides/a-name-only-in-the-draft/')).status).toBe(404);
    // A plain static host serves the old address's page, which sends the reader on.
    const page = await readFile(path.join(live(), 'guides', guide.slug, 'index.html'), 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${current}">`);
    const netlify = await readFile(path.join(live(), HOST_FILES.netlify), 'utf8');
    expect(netlify.split('\n')).toContain(`/guides/${guide.slug}/ ${current} 301`);
    const nginx = await readFile(path.join(live(), HOST_FILES.nginx), 'utf8');
    expect(nginx).toContain(`"/guides/mayors-guide-first-rename" "${current}";`);
  });

  it('answers a renamed theme’s old address with a 301 to its page now', async () => {
    const current = '/themes/hate-speech-renamed/';
    expect(await answer(current)).toMatchObject({ status: 200, text: expect.stringContaining('Hate speech, renamed') });
    expect(await answer(`/themes/${theme.slug}/`)).toMatchObject({ status: 301, location: current });
    const page = await readFile(path.join(live(), 'themes', theme.slug, 'index.html'), 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${current}">`);
    const netlify = await readFile(path.join(live(), HOST_FILES.netlify), 'utf8');
    expect(netlify.split('\n')).toContain(`/themes/${theme.slug}/ ${current} 301`);
  });

  it('says every address of an unpublished document is no longer available, with 410, and keeps them when it is deleted', async () => {
    await cms.strapi.documents(GUIDES as never).unpublish({ documentId: guide.documentId, locale: '*' } as never);
    await buildSite({ env, outDir: live(), base: live(), log: () => {} });
    for (const gone of [
      `/guides/${guide.slug}/`,
      '/guides/mayors-guide-first-rename/',
      '/guides/mayors-guide-second-rename/',
      `/r/${guide.permanentId}/`,
    ]) {
      const { status, text } = await answer(gone);
      expect(status, gone).toBe(410);
      expect(text).toContain('This document is no longer available');
    }
    const nginx = await readFile(path.join(live(), HOST_FILES.nginx), 'utf8');
    expect(nginx).toContain(`"/guides/mayors-guide-second-rename/" 1;`);
    await cms.strapi.documents(GUIDES as never).delete({ documentId: guide.documentId, locale: '*' } as never);
    expect(await englishAddresses()).toEqual([guide.slug, 'mayors-guide-first-rename', 'mayors-guide-second-rename']);
  });
});
