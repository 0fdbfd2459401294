import { mkdtemp, readdir, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildManifest } from '../../site/src/build/manifest.js';
import { writeOgImages } from '../../scripts/build/og-images.js';
import { manifestDocument } from '../fixtures/built-site.js';

const card = {
  file: '/og/shown.jpg',
  title: 'A guide',
  label: 'Guide',
  siteName: 'Resource Hub',
  direction: 'ltr' as const,
};
const library = {
  base: '/',
  documents: [manifestDocument({ documentId: 'a', locale: 'en', url: '/guides/a-guide/', title: 'A guide', og: card })],
  pages: [],
  locales: ['en'],
} as unknown as BuildManifest;

describe('sharing image cache', () => {
  let work = '';
  afterEach(async () => rm(work, { recursive: true, force: true }));

  it('forgets cards no build has shown for a week, and keeps the ones shown and recent ones for a rollback', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'hub-og-'));
    const og = path.join(work, 'cache', 'og');
    await mkdir(og, { recursive: true });
    for (const name of ['old.jpg', 'recent.jpg', 'shown.jpg']) await writeFile(path.join(og, name), 'jpeg');
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    for (const name of ['old.jpg', 'shown.jpg']) await utimes(path.join(og, name), eightDaysAgo, eightDaysAgo);

    const result = await writeOgImages({
      outDir: path.join(work, 'site'),
      manifest: library,
      cacheDir: path.join(work, 'cache'),
    });

    expect(result).toEqual({ drawn: 0, cards: 1 });
    expect((await readdir(og)).filter((name) => name.endsWith('.jpg')).sort()).toEqual(['recent.jpg', 'shown.jpg']);
    expect(await readdir(path.join(work, 'site', 'og'))).toEqual(['shown.jpg']);
  });
});
