/** Releases, the atomic switch, rollback, the sanity guard, and a server that follows the live release. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROUTING_FILE, startStaticServer } from '../../scripts/lib/static-server.js';
import {
  KEEP_RELEASES,
  ReleaseError,
  liveRelease,
  newReleaseDir,
  promote,
  releasesIn,
  rollback,
  type Releases,
} from '../../scripts/publish/releases.js';
import { SanityGuardError, checkDocumentCounts } from '../../scripts/publish/sanity-guard.js';

let dataDir: string;
let releases: Releases;

const makeRelease = async (label: string): Promise<string> => {
  const dir = await newReleaseDir(releases);
  await mkdir(path.join(dir, 'guides', 'a-guide'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), `<h1>${label}</h1>`);
  await writeFile(path.join(dir, 'guides', 'a-guide', 'index.html'), `<h1>${label} guide</h1>`);
  await writeFile(path.join(dir, '404.html'), 'Not here');
  return dir;
};

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'hub-releases-'));
  releases = releasesIn(dataDir);
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('releases', () => {
  it('makes a release live, switches to the next, and keeps only the newest ones', async () => {
    const made: string[] = [];
    for (let n = 1; n <= KEEP_RELEASES + 2; n += 1) {
      made.push(await makeRelease(`release ${n}`));
      await promote(releases, made.at(-1)!);
      expect(await liveRelease(releases)).toBe(made.at(-1));
    }
    expect((await readdir(releases.root)).sort()).toEqual(made.slice(-KEEP_RELEASES).map((dir) => path.basename(dir)));
  });

  it('names each new release after the newest one, even when the clock stands still or was set back', async () => {
    const ahead = path.join(releases.root, '20991231T235959999Z-aaaaaa');
    await mkdir(path.join(ahead, 'guides'), { recursive: true });
    await writeFile(path.join(ahead, 'index.html'), '<h1>ahead</h1>');
    await promote(releases, ahead);
    const next = await makeRelease('next');
    await promote(releases, next);
    const last = await makeRelease('last');
    await promote(releases, last);
    expect([ahead, next, last].map((dir) => path.basename(dir))).toEqual(
      [ahead, next, last].map((dir) => path.basename(dir)).sort(),
    );
    expect(await rollback(releases)).toBe(next);
  });

  it('rolls back to the release before the live one, and says when there is none', async () => {
    const first = await makeRelease('first');
    await promote(releases, first);
    await expect(rollback(releases)).rejects.toThrow(/no release before/);
    const second = await makeRelease('second');
    await promote(releases, second);
    expect(await rollback(releases)).toBe(first);
    expect(await liveRelease(releases)).toBe(first);
  });

  it('refuses to make an empty directory live', async () => {
    const empty = await newReleaseDir(releases);
    await mkdir(empty);
    await expect(promote(releases, empty)).rejects.toThrow(ReleaseError);
    expect(await liveRelease(releases)).toBeUndefined();
  });
});

describe('an old release that cannot be deleted', () => {
  let binDir: string;
  const path0 = process.env.PATH;

  beforeEach(async () => {
    // rm(1) failing as it does on a read-only disk or a folder it may not enter (root may enter all).
    binDir = await mkdtemp(path.join(tmpdir(), 'hub-failing-rm-'));
    await writeFile(
      path.join(binDir, 'rm'),
      '#!/bin/sh\necho "rm: cannot remove: Read-only file system" >&2\nexit 1\n',
      { mode: 0o755 },
    );
  });

  afterEach(async () => {
    process.env.PATH = path0;
    await rm(binDir, { recursive: true, force: true });
  });

  it.skipIf(process.platform === 'win32')(
    'leaves the new release live and serving, and says what to check',
    async () => {
      const made: string[] = [];
      for (let n = 1; n <= KEEP_RELEASES; n += 1) {
        made.push(await makeRelease(`release ${n}`));
        await promote(releases, made.at(-1)!);
      }
      process.env.PATH = `${binDir}${path.delimiter}${path0}`;
      const warnings: string[] = [];
      const newest = await makeRelease('newest');
      await promote(releases, newest, (line) => warnings.push(line));
      expect(await liveRelease(releases)).toBe(newest);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(
        `the old release ${made[0]} could not be deleted (rm exited 1): rm: cannot remove: Read-only file system`,
      );
      expect(warnings[0]).toContain('the new release is live');
      process.env.PATH = path0;
      const server = await startStaticServer({ root: () => liveRelease(releases), files: {} });
      try {
        expect(await (await fetch(`${server.url}/`)).text()).toBe('<h1>newest</h1>');
      } finally {
        await server.close();
      }
      await promote(releases, await makeRelease('after'));
      expect(await readdir(releases.root)).not.toContain(path.basename(made[0]!));
    },
  );
});

describe('site server on the live release', () => {
  it('serves the new release as soon as it is live, with security headers, 301s for folders and status.json', async () => {
    const server = await startStaticServer({
      root: () => liveRelease(releases),
      files: { '/status.json': releases.statusFile },
    });
    try {
      expect((await fetch(`${server.url}/`)).status).toBe(503);
      await promote(releases, await makeRelease('old'));
      expect(await (await fetch(`${server.url}/`)).text()).toBe('<h1>old</h1>');
      await promote(releases, await makeRelease('new'));
      const response = await fetch(`${server.url}/guides/a-guide/`);
      expect(await response.text()).toBe('<h1>new guide</h1>');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      const folder = await fetch(`${server.url}/guides/a-guide?q=1`, { redirect: 'manual' });
      expect(folder.status).toBe(301);
      expect(folder.headers.get('location')).toBe('/guides/a-guide/?q=1');
      expect((await fetch(`${server.url}/status.json`)).status).toBe(404);
      await writeFile(releases.statusFile, JSON.stringify({ live: null, lastError: null }));
      expect(await (await fetch(`${server.url}/status.json`)).json()).toEqual({ live: null, lastError: null });
    } finally {
      await server.close();
    }
  });

  it("answers a release's moved addresses with a real 301 and withdrawn ones with 410 and their own page, or the site's", async () => {
    const dir = await makeRelease('routed');
    await mkdir(path.join(dir, '410'), { recursive: true });
    await writeFile(path.join(dir, '410', 'index.html'), 'No longer available');
    await mkdir(path.join(dir, 'fr', 'guides', 'retire'), { recursive: true });
    await writeFile(path.join(dir, 'fr', 'guides', 'retire', 'index.html'), 'Plus disponible');
    await writeFile(
      path.join(dir, ROUTING_FILE),
      JSON.stringify({
        redirects: { '/guides/old-name/': '/guides/a-guide/' },
        gone: ['/guides/withdrawn/', '/fr/guides/retire/'],
      }),
    );
    await promote(releases, dir);
    const server = await startStaticServer({ root: () => liveRelease(releases) });
    try {
      for (const moved of ['/guides/old-name/', '/guides/old-name']) {
        const response = await fetch(`${server.url}${moved}?ref=partner`, { redirect: 'manual' });
        expect(response.status).toBe(301);
        expect(response.headers.get('location')).toBe('/guides/a-guide/?ref=partner');
      }
      const gone = await fetch(`${server.url}/guides/withdrawn/`);
      expect(gone.status).toBe(410);
      expect(await gone.text()).toBe('No longer available');
      const retired = await fetch(`${server.url}/fr/guides/retire/`);
      expect(retired.status).toBe(410);
      expect(await retired.text()).toBe('Plus disponible');
      expect((await fetch(`${server.url}/guides/never-was/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('sanity guard', () => {
  it('lets normal changes through, including announced removals', () => {
    expect(() => checkDocumentCounts({ live: 0, next: 0 })).not.toThrow();
    expect(() => checkDocumentCounts({ live: 100, next: 101 })).not.toThrow();
    expect(() => checkDocumentCounts({ live: 100, next: 81 })).not.toThrow();
    expect(() => checkDocumentCounts({ live: 100, next: 50, expectedRemovals: 50 })).not.toThrow();
  });

  it('refuses a build that empties the library or loses more than 20% unannounced', () => {
    expect(() => checkDocumentCounts({ live: 100, next: 0 })).toThrow(SanityGuardError);
    expect(() => checkDocumentCounts({ live: 100, next: 79 })).toThrow(
      /79 published documents, 21 fewer than the live site's 100, and only 0 were unpublished/,
    );
    expect(() => checkDocumentCounts({ live: 100, next: 60, expectedRemovals: 10 })).toThrow(SanityGuardError);
  });
});
