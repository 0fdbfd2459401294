import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportError, exportOfflineArchive } from '../../scripts/export/offline-archive.js';

const PAGE = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/site/_astro/a.css"><style>@font-face{src:url(/site/_astro/f.woff2)}</style></head><body>
<a href="/site/">Home</a> <a href="/site/guides/x/#part">Part</a> <a href="https://partner.example/site/">Away</a> <a href="#top">Top</a>
<img src="/site/_astro/i.jpg" srcset="/site/_astro/i-480.avif 480w, /site/_astro/i-960.avif 960w">
<div id="search" data-base="/site/"></div><a href="/site/media/report.pdf?download=1">PDF</a></body></html>`;

describe('exportOfflineArchive', () => {
  let site: string;
  let out: string;
  beforeEach(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'hub-export-'));
    out = path.join(site, '..', `${path.basename(site)}.zip`);
    const files: Record<string, string> = {
      'hub-manifest.json': JSON.stringify({
        base: '/site/',
        siteUrl: 'https://hub.example',
        locales: ['en'],
        documents: [],
        pages: [],
      }),
      'index.html': PAGE,
      'guides/x/index.html': PAGE,
      'r/abc/index.html': '<html><head><meta http-equiv="refresh" content="0; url=/site/guides/x/"></head></html>',
      '_astro/a.css': 'body{background:url(/site/_astro/bg.png)}',
      'sw.js': '// live site only',
      '_offline/en.1.json': '{}',
    };
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(site, name)), { recursive: true });
      await writeFile(path.join(site, name), text);
    }
  });
  afterEach(async () => {
    await rm(site, { recursive: true, force: true });
    await rm(out, { force: true });
  });

  const unpack = async () =>
    Object.fromEntries(Object.entries(unzipSync(await readFile(out))).map(([name, bytes]) => [name, strFromU8(bytes)]));

  it('makes every address of the site relative, names folders by their index.html, and leaves the live-only files out', async () => {
    await exportOfflineArchive({ from: site, out, log: () => {} });
    const files = await unpack();
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      '_astro/a.css',
      'guides/x/index.html',
      'hub-manifest.json',
      'index.html',
      'r/abc/index.html',
    ]);
    const page = files['guides/x/index.html']!;
    expect(page).toContain('<head><meta name="hub-archive"');
    expect(page).toContain('href="../../_astro/a.css"');
    expect(page).toContain('src:url(../../_astro/f.woff2)');
    expect(page).toContain(
      '<a href="../../index.html">Home</a> <a href="index.html#part">Part</a> <a href="https://partner.example/site/">Away</a> <a href="#top">Top</a>',
    );
    expect(page).toContain('srcset="../../_astro/i-480.avif 480w, ../../_astro/i-960.avif 960w"');
    expect(page).toContain('data-base="../../"');
    expect(page).toContain('href="../../media/report.pdf?download=1"');
    expect(files['index.html']).toContain('<a href="index.html">Home</a> <a href="guides/x/index.html#part">Part</a>');
    expect(files['index.html']).toContain('data-base="./"');
    expect(files['r/abc/index.html']).toContain('url=../../guides/x/index.html"');
    expect(files['_astro/a.css']).toBe('body{background:url(bg.png)}');
  });

  it('rewrites to another path prefix when given one', async () => {
    await exportOfflineArchive({ from: site, out, base: '/library/', log: () => {} });
    const page = (await unpack())['guides/x/index.html']!;
    expect(page).toContain('<a href="/library/">Home</a> <a href="/library/guides/x/#part">Part</a>');
    expect(page).toContain('data-base="/library/"');
  });

  it('refuses a folder without a built library, and a base that is not a path prefix, and keeps no partial file', async () => {
    await expect(exportOfflineArchive({ from: path.join(site, 'guides'), out, log: () => {} })).rejects.toThrow(
      /holds no built library.*npm run build/,
    );
    await expect(exportOfflineArchive({ from: site, out, base: 'library', log: () => {} })).rejects.toBeInstanceOf(
      ExportError,
    );
    await expect(readFile(`${out}.partial`)).rejects.toThrow();
  });
});
