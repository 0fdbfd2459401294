/** A publish that fails keeps the live release serving and tells editors why in status.json. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAstroWorker } from '../../scripts/build/astro-runner.js';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.js';
import { publishSite, readStatus } from '../../scripts/publish/publish-site.js';
import { CMS_UNREACHABLE, retryOf } from '../../scripts/publish/retryable-failures.js';
import {
  listReleases,
  liveRelease,
  newReleaseDir,
  promote,
  releasesIn,
  type Releases,
} from '../../scripts/publish/releases.js';

describe('publishing while the CMS is down', () => {
  let dataDir: string;
  let releases: Releases;
  let server: StaticServer;
  let live: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hub-publish-'));
    releases = releasesIn(dataDir);
    live = await newReleaseDir(releases);
    await mkdir(live, { recursive: true });
    await writeFile(path.join(live, 'index.html'), '<h1>The live library</h1>');
    await promote(releases, live);
    server = await startStaticServer({
      root: () => liveRelease(releases),
      files: { '/status.json': releases.statusFile },
    });
  });

  afterAll(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('fails with the reason, keeps the previous release live and serving, and shows the error in status.json', async () => {
    // Nothing listens on port 9: the CMS is unreachable for the whole build.
    const env = {
      ...process.env,
      CMS_URL: 'http://127.0.0.1:9',
      STRAPI_BUILD_TOKEN: 'unused',
      SITE_CACHE_DIR: path.join(dataDir, 'cache'),
    };
    await expect(publishSite({ releases, env, log: () => {} })).rejects.toThrow(
      /cannot reach the CMS at http:\/\/127\.0\.0\.1:9/,
    );
    expect(await liveRelease(releases)).toBe(live);
    expect(await listReleases(releases)).toEqual([live]);
    expect(await (await fetch(`${server.url}/`)).text()).toBe('<h1>The live library</h1>');
    const status = await (await fetch(`${server.url}/status.json`)).json();
    expect(status.lastError.message).toMatch(/cannot reach the CMS/);
    expect(await readStatus(releases)).toEqual(status);
  });

  it("marks the failure of the publisher's Astro worker as the CMS being unreachable, by its code, so it is retried", async () => {
    const env = {
      ...process.env,
      CMS_URL: 'http://127.0.0.1:9',
      STRAPI_BUILD_TOKEN: 'unused',
      SITE_CACHE_DIR: path.join(dataDir, 'cache'),
    };
    const astro = startAstroWorker();
    try {
      const failure = await publishSite({ releases, env, log: () => {}, astro }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ code: CMS_UNREACHABLE });
      expect(retryOf(failure, 0)).toMatchObject({ because: 'the CMS could not be reached' });
    } finally {
      await astro.close();
    }
    expect(await liveRelease(releases)).toBe(live);
  });
});
