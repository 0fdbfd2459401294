/**
 * A release's render state (site/src/build/render-state.ts) says which pages read which content:
 * the build keeps it with the release, but no reader ever gets it. Proven on a real release
 * folder with the hub's own site server, `npm run export:offline`'s packer, and the rsync command
 * docs/deployment.md gives for copying a release to a static host.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStateFile } from '@resource-hub/site/build/build-handoff';
import { exportOfflineArchive } from '../../scripts/export/offline-archive.js';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.js';
import { liveRelease, newReleaseDir, promote, releasesIn, type Releases } from '../../scripts/publish/releases.js';

const MARKER = 'render-state-only-7f3a91';

/** The raw request target, sent as written: fetch would resolve the dot segments before sending. */
const get = (url: string, target: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path: target }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });

describe("a release's render state", () => {
  let dataDir: string;
  let releases: Releases;
  let release: string;
  let server: StaticServer;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hub-render-state-'));
    releases = releasesIn(dataDir);
    release = await newReleaseDir(releases);
    await mkdir(path.join(release, 'guides', 'a-guide'), { recursive: true });
    await writeFile(path.join(release, 'index.html'), '<h1>The library</h1>');
    await writeFile(path.join(release, 'guides', 'a-guide', 'index.html'), '<h1>A guide</h1>');
    await writeFile(path.join(release, '404.html'), 'Not here');
    await writeFile(
      path.join(release, 'hub-manifest.json'),
      JSON.stringify({ base: '/', siteUrl: 'https://hub.example', locales: ['en'], documents: [], pages: [] }),
    );
    await writeFile(renderStateFile(release), JSON.stringify({ fingerprint: MARKER, routes: {} }));
    await promote(releases, release);
    server = await startStaticServer({
      root: () => liveRelease(releases),
      files: { '/status.json': releases.statusFile },
    });
  });

  afterAll(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is kept with the release, outside the folder that is served', async () => {
    expect(existsSync(renderStateFile(release))).toBe(true);
    expect(path.dirname(renderStateFile(release))).toBe(path.dirname(release));
  });

  it('is answered by the site server under no spelling of its name', async () => {
    const name = path.basename(renderStateFile(release));
    const targets = [
      `/${name}`,
      `/../${name}`,
      `/./../${name}`,
      `//../${name}`,
      `/%2e%2e/${name}`,
      `/%2E%2E%2F${name}`,
      `/..%2f${name}`,
      `/..%5c${name}`,
      `/..\\${name}`,
      `/guides/../../${name}`,
      `/guides/%2e%2e/%2e%2e/${name}`,
      `/../releases/${name}`,
      `/../../site/releases/${name}`,
      '/.render-state.json',
      '/render-state.json',
    ];
    for (const target of targets) {
      const { status, body } = await get(server.url, target);
      expect([400, 404], target).toContain(status);
      expect(body, target).not.toContain(MARKER);
    }
    expect((await get(server.url, '/guides/a-guide/')).body).toBe('<h1>A guide</h1>');
  });

  it('is not packed by export:offline', async () => {
    const out = path.join(dataDir, 'library.zip');
    await exportOfflineArchive({ from: (await liveRelease(releases))!, out, log: () => {} });
    const files = unzipSync(await readFile(out));
    expect(Object.keys(files)).toContain('guides/a-guide/index.html');
    for (const [name, bytes] of Object.entries(files)) {
      expect(name).not.toMatch(/render-state/);
      expect(strFromU8(bytes), name).not.toContain(MARKER);
    }
  });

  it.skipIf(!existsSync('/usr/bin/rsync'))(
    'is not copied to a static host by the rsync docs/deployment.md gives',
    async () => {
      const host = path.join(dataDir, 'host');
      execFileSync('rsync', ['-a', '--delete', '--delay-updates', `${releases.live}/`, `${host}/`]);
      const names = await readdir(host, { recursive: true });
      expect(names).toContain(path.join('guides', 'a-guide', 'index.html'));
      for (const name of names) {
        expect(name).not.toMatch(/render-state/);
        if ((await stat(path.join(host, name))).isFile())
          expect(await readFile(path.join(host, name), 'utf8'), name).not.toContain(MARKER);
      }
    },
  );
});
