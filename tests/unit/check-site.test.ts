import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestDocument, writePdf } from '../fixtures/built-site.js';
import type { BuildManifest, ManifestDocument } from '../../site/src/build/manifest.js';
import { checkSite, SiteCheckError, srcsetCandidates } from '../../scripts/build/check-site.js';
import { indexSearch } from '../../scripts/build/index-search.js';

const DRAFT_TITLE = 'Draft: Cities & Schools';
const FIX_LINK = 'Fix the link, or make the build emit what it points to.';
const FIX_ANCHOR = 'Make the link and the heading id agree (tables of contents take ids from the headings).';

const head = (lang: string, title: string, extra = ''): string => `<!doctype html>
<html lang="${lang}" dir="ltr"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/hub/styles/site.css"><link rel="icon" href="/hub/favicon.svg">
<link rel="canonical" href="https://hub.example.org/hub/"><link rel="preconnect" href="https://fonts.example.net">
${extra}</head>`;

const header = `<header><a href="/hub/"><img src="/hub/images/logo.png" srcset="/hub/images/logo.png 1x, /hub/images/logo@2x.png 2x" alt="Hub"></a>
<a href="/hub/guides/">Guides</a> <a href="/hub/fr/">Français</a> <a href="https://strongcities.example.org/">Network</a>
<a href="mailto:hub@example.org">Write to us</a> <a href="tel:+441234">Call</a></header>`;

const documentPage = (document: ManifestDocument): string => `${head(
  document.locale,
  document.title,
  `<meta name="hub-document" content="${document.documentId}">`,
)}
<body>${header}
<article data-pagefind-body data-pagefind-meta="image:">
<h1 data-pagefind-meta="title" data-pagefind-weight="10">${document.title}</h1>
<p data-pagefind-weight="5">${document.summary}</p>
<ul data-pagefind-ignore><li data-pagefind-filter="type">${document.filters.type}</li>
${document.filters.theme.map((theme) => `<li data-pagefind-filter="theme">${theme}</li>`).join('')}
<li data-pagefind-filter="year:${document.filters.year}">${document.filters.year}</li></ul>
<nav aria-label="Contents"><a href="#why">Why</a> <a href="#how">How</a></nav>
<h2 id="why">Why</h2><p>Cities act first.</p><h2 id="how">How</h2>
<picture><source type="image/webp" srcset="/hub/images/cover.webp"><img src="/hub/images/cover.jpg" alt=""></picture>
${document.attachments.map((attachment) => `<a href="${attachment.url}#page=2">${attachment.title}</a>`).join('')}
</article></body></html>`;

const document = manifestDocument;

const english = document({
  documentId: 'doc-a',
  locale: 'en',
  url: '/hub/guides/prevention/',
  title: 'Prevention guide',
  attachments: [
    { url: '/hub/media/report_a1.pdf', file: 'report_a1.pdf', title: 'Annual report', language: 'en', bytes: 1 },
  ],
});
const french = document({
  documentId: 'doc-a',
  locale: 'fr',
  url: '/hub/fr/guides/prevention/',
  title: 'Guide de prévention',
});
const toolkit = document({
  type: 'toolkit',
  documentId: 'doc-b',
  locale: 'fr',
  url: '/hub/fr/toolkits/boite/',
  title: 'Boîte à outils',
});

const manifest: BuildManifest = {
  siteUrl: 'https://hub.example.org',
  base: '/hub/',
  locales: ['en', 'fr'],
  documents: [english, french, toolkit],
  pages: [
    '/hub/',
    '/hub/fr/',
    '/hub/guides/',
    '/hub/guides/page/2/',
    '/hub/guides/prevention/',
    '/hub/fr/guides/prevention/',
    '/hub/fr/toolkits/boite/',
  ],
};

const write = async (outDir: string, rel: string, content: string | Buffer): Promise<void> => {
  await mkdir(path.dirname(path.join(outDir, rel)), { recursive: true });
  await writeFile(path.join(outDir, rel), content);
};

const append = async (outDir: string, rel: string, html: string): Promise<void> => {
  const file = path.join(outDir, rel);
  await writeFile(file, (await readFile(file, 'utf8')).replace('</body>', `${html}</body>`));
};

const listing = (lang: string, title: string, links: string): string =>
  `${head(lang, title)}<body>${header}<main><h1>${title}</h1>${links}<a href="/hub/guides/page/2/">Next</a></main></body></html>`;

/** A small site built the way the real one is: document pages, listings, a withdrawn page, media. */
const writeSite = async (outDir: string): Promise<void> => {
  await write(
    outDir,
    'index.html',
    listing('en', 'Resource Hub', '<a href="/hub/guides/prevention/#how">How cities act</a>'),
  );
  await write(outDir, 'fr/index.html', listing('fr', 'Centre de ressources', '<a href="guides/prevention/">Guide</a>'));
  await write(outDir, 'guides/index.html', listing('en', 'Guides', '<a href="prevention/">Prevention</a>'));
  await write(outDir, 'guides/page/2/index.html', listing('en', 'Guides, page 2', '<a href="../../">First page</a>'));
  await write(outDir, '404.html', listing('en', 'Not found', ''));
  for (const entry of manifest.documents)
    await write(outDir, `${entry.url.slice('/hub/'.length)}index.html`, documentPage(entry));
  await write(
    outDir,
    'guides/old-guide/index.html',
    `${head('en', 'Withdrawn', '<meta name="hub-withdrawn" content="doc-old"><meta name="robots" content="noindex">')}` +
      `<body>${header}<main><h1>This guide was withdrawn</h1></main></body></html>`,
  );
  await write(outDir, 'styles/site.css', 'body { margin: 0 }');
  await write(outDir, 'favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  for (const image of ['logo.png', 'logo@2x.png', 'cover.webp', 'cover.jpg'])
    await write(outDir, `images/${image}`, Buffer.from([0]));
  await mkdir(path.join(outDir, 'media'), { recursive: true });
  await writePdf(path.join(outDir, 'media/report_a1.pdf'), ['Introduction', 'Findings']);
  await write(
    outDir,
    'sitemap.xml',
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
      `${manifest.pages.map((page) => `<url><loc>https://hub.example.org${page}</loc></url>`).join('')}</urlset>`,
  );
  await write(outDir, 'hub-manifest.json', JSON.stringify(manifest));
};

/** The problems checkSite reports, or [] when it passes. */
const problemsOf = async (outDir: string, forbiddenText?: string[]): Promise<string[]> => {
  try {
    await checkSite({ outDir, manifest, forbiddenText });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(SiteCheckError);
    return (error as SiteCheckError).problems;
  }
};

describe('checkSite', () => {
  let root: string;
  let good: string;
  let cacheDir: string;
  let variants = 0;

  /** A copy of the good site, changed by `change`, and indexed again when asked (from `indexed`, the documents the index is built from). */
  const variant = async (
    change: (outDir: string) => Promise<void>,
    { reindex = false, indexed = manifest } = {},
  ): Promise<string> => {
    variants += 1;
    const outDir = path.join(root, `variant-${variants}`);
    await cp(good, outDir, { recursive: true });
    await change(outDir);
    if (reindex) await indexSearch({ outDir, manifest: indexed, cacheDir });
    return outDir;
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hub-check-'));
    good = path.join(root, 'good');
    cacheDir = path.join(root, 'cache');
    await writeSite(good);
    await indexSearch({ outDir: good, manifest, cacheDir });
  }, 60_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('passes a good site', async () => {
    expect(await problemsOf(good, [DRAFT_TITLE])).toEqual([]);
  });

  it('catches a link that leads nowhere', async () => {
    const outDir = await variant((dir) =>
      append(dir, 'guides/index.html', '<a href="/hub/guides/nowhere/?from=list">Lost</a>'),
    );
    expect(await problemsOf(outDir)).toEqual([
      `guides/index.html: <a href="/hub/guides/nowhere/?from=list"> leads nowhere: there is no guides/nowhere/index.html in the output. ${FIX_LINK}`,
    ]);
  });

  it('catches a link outside the base path', async () => {
    const outDir = await variant((dir) => append(dir, 'index.html', '<a href="/guides/prevention/">Unprefixed</a>'));
    expect(await problemsOf(outDir)).toEqual([
      expect.stringMatching(/^index\.html: <a href="\/guides\/prevention\/"> points outside the base path "\/hub\/"/),
    ]);
  });

  it('catches a missing image, including one only named in a srcset', async () => {
    const outDir = await variant((dir) => rm(path.join(dir, 'images/logo@2x.png')));
    const problems = await problemsOf(outDir);
    // The header is on every page: each page names it.
    expect(problems).toHaveLength(9);
    expect(problems).toContain(
      `fr/guides/prevention/index.html: <img srcset="/hub/images/logo@2x.png"> leads nowhere: there is no images/logo@2x.png in the output. ${FIX_LINK}`,
    );
  });

  it('catches a hot-linked image and stylesheet, but not an external link', async () => {
    const outDir = await variant((dir) =>
      append(
        dir,
        'guides/prevention/index.html',
        '<img src="https://cms.example.org/uploads/photo.jpg" alt="">' +
          '<link rel="stylesheet" href="//cdn.example.net/x.css"><a href="https://cms.example.org/">CMS</a>',
      ),
    );
    const problems = await problemsOf(outDir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(
      'guides/prevention/index.html: <img src="https://cms.example.org/uploads/photo.jpg"> loads a file from another site (cms.example.org).',
    );
    expect(problems[1]).toMatch(/<link href="\/\/cdn\.example\.net\/x\.css"> loads a file from another site/);
  });

  it('catches a broken #anchor on the same page and on another page', async () => {
    const outDir = await variant(async (dir) => {
      await append(dir, 'guides/prevention/index.html', '<a href="#who">Who</a>');
      await append(dir, 'index.html', '<a href="/hub/fr/toolkits/boite/#nulle-part">Deep link</a>');
    });
    expect(await problemsOf(outDir)).toEqual([
      `guides/prevention/index.html: <a href="#who"> points to id="who", which this page does not have. ${FIX_ANCHOR}`,
      `index.html: <a href="/hub/fr/toolkits/boite/#nulle-part"> points to id="nulle-part", which fr/toolkits/boite/index.html does not have. ${FIX_ANCHOR}`,
    ]);
  });

  it('catches a document missing from its search index', async () => {
    const outDir = await variant(
      async (dir) => {
        const file = path.join(dir, 'fr/toolkits/boite/index.html');
        await writeFile(file, (await readFile(file, 'utf8')).replace(' data-pagefind-body', ''));
      },
      { reindex: true },
    );
    expect(await problemsOf(outDir)).toEqual([
      'The "fr" search index counts 1 page; expected 2 (2 documents + 0 PDF pages). Pages are missing from search or indexed twice.',
      'toolkit "Boîte à outils" (doc-b, fr) at /hub/fr/toolkits/boite/ is not in the "fr" search index. ' +
        'Its page needs <html lang="fr"> and an <article data-pagefind-body>.',
    ]);
  }, 30_000);

  it('catches a document page in the wrong language, and a document without its page', async () => {
    const outDir = await variant(async (dir) => {
      const file = path.join(dir, 'fr/guides/prevention/index.html');
      await writeFile(file, (await readFile(file, 'utf8')).replace('lang="fr"', 'lang="en"'));
      await rm(path.join(dir, 'fr/toolkits/boite'), { recursive: true });
    });
    const problems = await problemsOf(outDir);
    expect(problems).toContain(
      'fr/guides/prevention/index.html: the page of guide "Guide de prévention" (doc-a, fr) has lang="en" on <html>; it should be "fr", ' +
        'so browsers, screen readers and the search index treat it as that language.',
    );
    expect(problems).toContainEqual(
      expect.stringContaining(
        'No page for toolkit "Boîte à outils" (doc-b, fr): the manifest lists /hub/fr/toolkits/boite/',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(
        'fr/guides/prevention/index.html, guides/prevention/index.html: 2 pages say they are document doc-a in "en"',
      ),
    );
  });

  it('catches a page for a slug that was never published, but not the listing pages or a withdrawn page', async () => {
    const outDir = await variant((dir) =>
      write(
        dir,
        'fr/guides/brouillon/index.html',
        `${head('fr', 'Brouillon')}<body><main><h1>Brouillon</h1></main></body></html>`,
      ),
    );
    expect(await problemsOf(outDir)).toEqual([
      expect.stringContaining(
        'fr/guides/brouillon/index.html: a page for the slug "brouillon" at /hub/fr/guides/brouillon/, but no published document has that URL',
      ),
    ]);
  });

  it('catches a forbidden string in pages, the sitemap and the search index', async () => {
    const draft = document({ documentId: 'doc-draft', locale: 'en', url: '/hub/guides/draft/', title: DRAFT_TITLE });
    const outDir = await variant(
      async (dir) => {
        // Escaped as the site would escape it, so only a decoded comparison finds it.
        await write(dir, 'guides/draft/index.html', documentPage({ ...draft, title: 'Draft: Cities &amp; Schools' }));
        const sitemap = path.join(dir, 'sitemap.xml');
        const draftEntry =
          '<url><loc>https://hub.example.org/hub/guides/draft/</loc><title>Draft: Cities &amp; Schools</title></url>';
        await writeFile(sitemap, (await readFile(sitemap, 'utf8')).replace('</urlset>', `${draftEntry}</urlset>`));
      },
      // A build that took the draft for published: its page went into the index too.
      { reindex: true, indexed: { ...manifest, documents: [...manifest.documents, draft] } },
    );
    const problems = await problemsOf(outDir, [DRAFT_TITLE]);
    const leaks = problems.filter((problem) => problem.includes(`contains "${DRAFT_TITLE}"`));
    expect(leaks.map((problem) => problem.split(' ')[0])).toEqual([
      'guides/draft/index.html',
      expect.stringMatching(/^pagefind\/fragment\/en_\w+\.pf_fragment$/),
      'sitemap.xml',
    ]);
    // The same leak also shows as a page nobody published and as an unexpected search result.
    expect(problems).toContainEqual(
      expect.stringMatching(/^guides\/draft\/index\.html: says it is document doc-draft/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^The "en" search index holds \/guides\/draft\/, which is not a published document/),
    );
  }, 30_000);

  it('lists at most 20 problems in its message and says how many more there are', async () => {
    const links = Array.from({ length: 25 }, (_, n) => `<a href="/hub/missing-${n}.html">${n}</a>`).join('');
    const outDir = await variant((dir) => append(dir, 'index.html', links));
    const error = await checkSite({ outDir, manifest }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SiteCheckError);
    const message = (error as SiteCheckError).message;
    expect(message).toMatch(/^The built site in .* failed 25 checks:\n/);
    expect(message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(20);
    expect(message).toMatch(/\.\.\.and 5 more\.$/);
  });
});

describe('srcsetCandidates', () => {
  it('reads the URLs of a srcset, with or without descriptors and spaces, and their widths', () => {
    const urls = (srcset: string) => srcsetCandidates(srcset).map((candidate) => candidate.url);
    expect(urls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(urls('/a,1.png')).toEqual(['/a,1.png']);
    expect(urls('/a.png, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetCandidates('/a.png 480w,/b.png 800w')).toEqual([
      { url: '/a.png', width: 480 },
      { url: '/b.png', width: 800 },
    ]);
    expect(srcsetCandidates('/a.png 2x')).toEqual([{ url: '/a.png', width: undefined }]);
  });
});
