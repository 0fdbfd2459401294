import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestDocument, writePdf } from '../fixtures/built-site.js';
import type { BuildManifest, ManifestDocument } from '../../site/src/build/manifest.js';
import { readSearchFragments, type SearchFragment } from '../../scripts/build/search-fragments.js';
import {
  indexSearch,
  SearchIndexError,
  shardsOfLanguage,
  type SearchIndexSummary,
} from '../../scripts/build/index-search.js';
import { extractPdfPages, PdfTextError } from '../../scripts/build/pdf-text.js';

const documentPage = (document: ManifestDocument, body = ''): string => `<!doctype html>
<html lang="${document.locale}" dir="ltr"><head><meta charset="utf-8"><title>${document.title}</title>
<meta name="hub-document" content="${document.documentId}"></head>
<body><nav><a href="/">Home</a></nav>
<article data-pagefind-body data-pagefind-meta="image:">
<h1 data-pagefind-meta="title" data-pagefind-weight="10">${document.title}</h1>
<span hidden data-pagefind-meta="doc:${document.permanentId ?? document.documentId}"></span>
<p data-pagefind-weight="5">${document.summary}</p>
<ul data-pagefind-ignore><li data-pagefind-filter="type">${document.filters.type}</li>
${(['theme', 'region', 'city'] as const)
  .flatMap((name) => document.filters[name].map((value) => `<li data-pagefind-filter="${name}">${value}</li>`))
  .join('')}
<li data-pagefind-filter="year:${document.filters.year}">${document.filters.year}</li></ul>
${body}
</article></body></html>`;

const document = manifestDocument;

const english = document({
  documentId: 'doc-a',
  locale: 'en',
  url: '/guides/prevention/',
  title: 'Prevention guide',
  attachments: [
    { url: '/media/report_en.pdf', file: 'report_en.pdf', title: 'Annual report', language: 'en', bytes: 1 },
  ],
});
const french = document({
  documentId: 'doc-a',
  locale: 'fr',
  url: '/fr/guides/prevention/',
  title: 'Guide de prévention',
  filters: { type: 'guide', theme: ['jeunesse', 'écoles'], region: ['Europe'], city: [], audience: [], year: '2023' },
  attachments: [
    { url: '/media/rapport_fr.pdf', file: 'rapport_fr.pdf', title: 'Rapport annuel', language: 'fr', bytes: 1 },
  ],
});
const frenchToolkit = document({
  type: 'toolkit',
  documentId: 'doc-b',
  locale: 'fr',
  url: '/fr/toolkits/boite/',
  title: 'Boîte à outils',
  publicationDate: '2021-03-01',
  filters: { type: 'toolkit', theme: [], region: [], city: ['Lyon'], audience: [], year: '2021' },
});

const manifest: BuildManifest = {
  siteUrl: 'https://hub.example.org',
  base: '/',
  locales: ['en', 'fr'],
  documents: [english, french, frenchToolkit],
  pages: ['/', '/guides/prevention/', '/fr/guides/prevention/', '/fr/toolkits/boite/'],
};

const writeSite = async (outDir: string): Promise<void> => {
  const write = async (rel: string, content: string): Promise<void> => {
    await mkdir(path.dirname(path.join(outDir, rel)), { recursive: true });
    await writeFile(path.join(outDir, rel), content);
  };
  await write(
    'index.html',
    '<!doctype html><html lang="en"><head><title>Hub</title></head><body><h1>Resource Hub</h1></body></html>',
  );
  await write('guides/prevention/index.html', documentPage(english, '<p>Cities act first.</p>'));
  await write('fr/guides/prevention/index.html', documentPage(french, '<p>Les villes agissent.</p>'));
  await write('fr/toolkits/boite/index.html', documentPage(frenchToolkit, '<p>Des outils pour les villes.</p>'));
  await mkdir(path.join(outDir, 'media'), { recursive: true });
  await writePdf(path.join(outDir, 'media/report_en.pdf'), [
    'Introduction to the annual report',
    'Findings about resilience',
  ]);
  // The last page is blank: it must not become an empty search result.
  await writePdf(path.join(outDir, 'media/rapport_fr.pdf'), [
    'Introduction du rapport',
    'Le mot zanzibarique ne figure que sur cette page',
    '',
  ]);
};

describe('indexSearch', () => {
  let root: string;
  let outDir: string;
  let summary: SearchIndexSummary;
  let fragments: SearchFragment[];
  const progress: string[] = [];

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hub-search-'));
    outDir = path.join(root, 'dist');
    await writeSite(outDir);
    summary = await indexSearch({
      outDir,
      manifest,
      cacheDir: path.join(root, 'cache'),
      onProgress: (line) => progress.push(line),
    });
    fragments = await readSearchFragments(outDir);
  }, 60_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('counts document pages and PDF pages by language', () => {
    expect(summary.languages).toEqual({ en: { pages: 1, pdfRecords: 2 }, fr: { pages: 2, pdfRecords: 2 } });
    expect(summary.seconds).toBeGreaterThan(0);
  });

  it('finds a word that is only on the second page of a French PDF, in the French index', () => {
    const hits = fragments.filter((fragment) => fragment.content.includes('zanzibarique'));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      language: 'fr',
      url: '/media/rapport_fr.pdf#page=2',
      meta: { title: 'Rapport annuel — Guide de prévention (p. 2)', date: '2023-10-12' },
      filters: { type: ['guide'], theme: ['jeunesse', 'écoles'], region: ['Europe'], year: ['2023'] },
    });
    expect(hits[0]!.filters.city).toBeUndefined();
  });

  it('indexes the document pages with their filters and skips pages without data-pagefind-body', () => {
    const urls = fragments.map((fragment) => `${fragment.language} ${fragment.url}`).sort();
    expect(urls).toEqual([
      'en /guides/prevention/',
      'en /media/report_en.pdf#page=1',
      'en /media/report_en.pdf#page=2',
      'fr /fr/guides/prevention/',
      'fr /fr/toolkits/boite/',
      'fr /media/rapport_fr.pdf#page=1',
      'fr /media/rapport_fr.pdf#page=2',
    ]);
    const toolkit = fragments.find((fragment) => fragment.url === '/fr/toolkits/boite/');
    expect(toolkit?.filters).toMatchObject({ type: ['toolkit'], city: ['Lyon'], year: ['2021'] });
  });

  it("names each record's document, PDF pages included, in the shard's documents.json", async () => {
    const documents = JSON.parse(await readFile(path.join(outDir, 'pagefind', 'documents.json'), 'utf8')) as Record<
      string,
      string
    >;
    const ids = await readdir(path.join(outDir, 'pagefind', 'fragment'));
    expect(Object.keys(documents).sort()).toEqual(ids.map((name) => name.replace(/\.pf_fragment$/, '')).sort());
    // Both languages of the guide and its PDFs are one document; the toolkit another.
    expect(Object.values(documents).filter((key) => key === 'doc-a')).toHaveLength(6);
    expect(Object.values(documents).filter((key) => key === 'doc-b')).toHaveLength(1);
  });

  it('reports progress in short lines', () => {
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((line) => line.startsWith('search: '))).toBe(true);
    expect(progress.at(-1)).toMatch(/^search: 3 pages, 4 PDF pages indexed in [\d.]+ s$/);
  });

  it('leaves the base path out of record URLs, as Pagefind does for pages', async () => {
    const based: BuildManifest = {
      ...manifest,
      base: '/hub/',
      documents: manifest.documents.map((entry) => ({
        ...entry,
        url: `/hub${entry.url}`,
        attachments: entry.attachments.map((attachment) => ({ ...attachment, url: `/hub${attachment.url}` })),
      })),
    };
    await indexSearch({ outDir, manifest: based, cacheDir: path.join(root, 'cache') });
    const urls = (await readSearchFragments(outDir)).map((fragment) => fragment.url);
    expect(urls).toContain('/media/rapport_fr.pdf#page=2');
    expect(urls).toContain('/fr/guides/prevention/');
  }, 60_000);

  it('names the missing PDF when an attachment was not copied into the output', async () => {
    const broken: BuildManifest = {
      ...manifest,
      documents: [
        { ...english, attachments: [{ ...english.attachments[0]!, url: '/media/gone.pdf', file: 'gone.pdf' }] },
      ],
    };
    await expect(indexSearch({ outDir, manifest: broken, cacheDir: path.join(root, 'cache') })).rejects.toThrow(
      SearchIndexError,
    );
    await expect(indexSearch({ outDir, manifest: broken, cacheDir: path.join(root, 'cache') })).rejects.toThrow(
      /gone\.pdf.*media copy step/s,
    );
  });
});

describe('extractPdfPages', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hub-pdf-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('returns the text of each page and reads a PDF only once', async () => {
    const file = path.join(root, 'two-pages.pdf');
    const cacheDir = path.join(root, 'cache');
    await writePdf(file, ['First page', 'Second page\nwith two lines']);
    expect(await extractPdfPages(file, { cacheDir })).toEqual(['First page', 'Second page\nwith two lines']);

    // A changed cache entry is what comes back: the PDF itself was not read again.
    const [cacheFile] = await readdir(cacheDir);
    const cached = JSON.parse(await readFile(path.join(cacheDir, cacheFile!), 'utf8')) as { pages: string[] };
    await writeFile(path.join(cacheDir, cacheFile!), JSON.stringify({ ...cached, pages: ['from the cache'] }));
    expect(await extractPdfPages(file, { cacheDir })).toEqual(['from the cache']);
  });

  it('reads many multi-page PDFs asked for at once, build after build', async () => {
    const files = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const file = path.join(root, `concurrent-${n}.pdf`);
        await writePdf(file, [`File ${n} page one`, `File ${n} page two`, `File ${n} page three`]);
        return file;
      }),
    );
    // pdf.js shares one in-thread worker: a second round of parallel reads used to fail with "Invalid page request".
    for (const round of [1, 2, 3]) {
      const pages = await Promise.all(
        files.map((file) => extractPdfPages(file, { cacheDir: path.join(root, `round-${round}`) })),
      );
      expect(pages.map((list) => list.length)).toEqual([3, 3, 3, 3]);
    }
  });

  it('names the file when the PDF is damaged', async () => {
    const file = path.join(root, 'damaged.pdf');
    await writeFile(file, '%PDF-1.7\nthis is not really a PDF');
    const reading = extractPdfPages(file, { cacheDir: path.join(root, 'cache') });
    await expect(reading).rejects.toThrow(PdfTextError);
    await expect(extractPdfPages(file, { cacheDir: path.join(root, 'cache') })).rejects.toThrow(
      `Could not read the PDF ${file}`,
    );
  });
});

describe('indexSearch in shards', () => {
  let root: string;
  // Seven English guides and three French: with two documents a shard, three English shards (the
  // most a language is cut into) and two French ones, as far as the permanent ids fall that way.
  const guides = Array.from({ length: 10 }, (_, n) =>
    document({
      documentId: `doc-${n}`,
      permanentId: `perm${n}`,
      locale: n < 7 ? 'en' : 'fr',
      url: n < 7 ? `/guides/guide-${n}/` : `/fr/guides/guide-${n}/`,
      title: `Guide number ${n}`,
    }),
  );
  const sharded: BuildManifest = { ...manifest, documents: guides, pages: guides.map((guide) => guide.url) };
  const writeGuides = async (outDir: string, changed?: number) => {
    for (const [n, guide] of guides.entries()) {
      const file = path.join(outDir, guide.url, 'index.html');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(
        file,
        documentPage(guide, `<p>Body of guide ${n}${n === changed ? ', now with a new word: quokka' : ''}.</p>`),
      );
    }
  };
  const indexed = (outDir: string, base?: string) =>
    indexSearch({ outDir, manifest: sharded, cacheDir: path.join(root, 'cache'), shardDocuments: 2, base });

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hub-shards-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('cuts each language into shards, lists them with their languages, and the first holds every language', async () => {
    const outDir = path.join(root, 'full');
    await writeGuides(outDir);
    const summary = await indexed(outDir);
    const { shards } = JSON.parse(await readFile(path.join(outDir, 'pagefind', 'shards.json'), 'utf8')) as {
      shards: { path: string; languages: Record<string, number> }[];
    };
    expect(shards.length).toBeGreaterThanOrEqual(3);
    expect(summary.shards).toEqual({ count: shards.length, indexed: shards.length, reused: 0 });
    expect(shards[0]).toMatchObject({ path: '', languages: { en: expect.any(Number), fr: expect.any(Number) } });
    expect(shards.slice(1).map((shard) => shard.path)).toEqual(
      shards.slice(1).map((_, index) => `shard-${index + 1}/`),
    );
    // Each language version is in exactly one shard, in its own language.
    const fragments = await readSearchFragments(outDir);
    expect(fragments.map((fragment) => `${fragment.language} ${fragment.url}`).sort()).toEqual(
      guides.map((guide) => `${guide.locale} ${guide.url}`).sort(),
    );
    expect(
      Object.fromEntries(
        ['en', 'fr'].map((language) => [
          language,
          shards.reduce((sum, shard) => sum + (shard.languages[language] ?? 0), 0),
        ]),
      ),
    ).toEqual({ en: 7, fr: 3 });
    // Only the first shard carries Pagefind's script and WebAssembly; the others hold only their index.
    expect(await readdir(path.join(outDir, 'pagefind'))).toEqual(
      expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', 'pagefind-entry.json']),
    );
    for (const shard of shards.slice(1))
      expect(
        (await readdir(path.join(outDir, 'pagefind', shard.path))).filter((name) => /\.(js|pagefind)$/.test(name)),
      ).toEqual([]);
  }, 60_000);

  it('indexes again only the shard whose page changed, and links the others from the live site', async () => {
    const live = path.join(root, 'live');
    await writeGuides(live);
    await indexed(live);
    const next = path.join(root, 'next');
    await writeGuides(next, 3);
    const summary = await indexed(next, live);
    expect(summary.shards.indexed).toBe(1);
    expect(summary.shards.reused).toBe(summary.shards.count - 1);
    const words = (await readSearchFragments(next))
      .filter((fragment) => fragment.content.includes('quokka'))
      .map((fragment) => fragment.url);
    expect(words).toEqual(['/guides/guide-3/']);
    expect((await readSearchFragments(next)).map((fragment) => fragment.url).sort()).toEqual(
      guides.map((guide) => guide.url).sort(),
    );
    // An unchanged shard is the live site's own files, the same inodes; the changed one is new.
    const { shards } = JSON.parse(await readFile(path.join(next, 'pagefind', 'shards.json'), 'utf8')) as {
      shards: { path: string }[];
    };
    for (const shard of shards)
      expect((await readdir(path.join(next, 'pagefind', shard.path, 'fragment'))).length).toBeGreaterThan(0);
    const relinked = await Promise.all(
      shards.map(async (shard) => {
        const entry = path.join('pagefind', shard.path, 'pagefind-entry.json');
        return (await stat(path.join(next, entry))).ino === (await stat(path.join(live, entry))).ino;
      }),
    );
    expect(relinked.filter((same) => !same)).toHaveLength(1);
  }, 60_000);

  it('cuts a language into at most three shards, and more only to keep each under 8,000 pages', () => {
    expect(
      [0, 1, 1000, 1003, 2500, 10_029, 24_000, 30_000].map((documents) => shardsOfLanguage(documents, 1000)),
    ).toEqual([1, 1, 1, 2, 3, 3, 3, 4]);
  });

  it('indexes a shard of more pages than one Pagefind glob takes', async () => {
    const outDir = path.join(root, 'large');
    const many = Array.from({ length: 3500 }, (_, n) =>
      document({
        documentId: `big-${n}`,
        permanentId: `big${n}`,
        locale: 'en',
        url: `/city-spotlights/a-city-spotlight-with-a-long-enough-slug-${n}/`,
        title: `Big guide ${n}`,
      }),
    );
    for (const guide of many) {
      await mkdir(path.join(outDir, guide.url), { recursive: true });
      await writeFile(path.join(outDir, guide.url, 'index.html'), documentPage(guide));
    }
    const summary = await indexSearch({
      outDir,
      manifest: { ...manifest, documents: many, pages: many.map((guide) => guide.url) },
      cacheDir: path.join(root, 'cache'),
      shardDocuments: 4000,
    });
    expect(summary.shards.count).toBe(1);
    expect(summary.languages.en?.pages).toBe(3500);
    expect((await readSearchFragments(outDir)).length).toBe(3500);
  }, 120_000);
});
