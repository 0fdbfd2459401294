/**
 * The site the library's search is measured against (issue 25): the same synthetic corpus as a
 * plain Astro 5 site, one page per language version, indexed by Pagefind with its defaults (no
 * shards, no filters) and searched with Pagefind's default UI at /search/. Built in a temporary
 * folder from the template in ./stock-site/, with Astro and Pagefind as the library uses them.
 */
import { execFile } from 'node:child_process';
import { cp, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import * as pagefind from 'pagefind';
import { blocksText } from '@resource-hub/site/library/reading-time';
import type { Blocks } from '@resource-hub/content-types';
import { repoRoot } from '../lib/paths.js';
import type { SyntheticCorpus } from './synthetic-corpus.js';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const TEMPLATE = path.join(repoRoot, 'scripts', 'bench', 'stock-site');

/** What the template's page renders (stock-site/src/pages/[...page].astro). */
export interface StockPage {
  path: string;
  lang: string;
  title: string;
  date: string;
  paragraphs: string[];
}

/** Every language version of the corpus with the words a reader can search on the library's page. */
export const stockPages = (corpus: SyntheticCorpus): StockPage[] =>
  corpus.documents.flatMap((doc) =>
    Object.entries(doc.locales).map(([lang, version]) => {
      const { spotlight, eventReport, toolkit } = version;
      return {
        path: `${lang}/${doc.type}/${doc.key}`,
        lang,
        title: version.title,
        date: doc.publicationDate,
        paragraphs: [
          version.summary,
          ...blocksText(version.body as Blocks).split('\n'),
          ...(spotlight ? [spotlight.practice, ...spotlight.outcomes] : []),
          ...(eventReport?.outcomes ?? []),
          ...(toolkit?.modules.flatMap((module) => [module.title, module.description]) ?? []),
        ].filter(Boolean),
      };
    }),
  );

export interface StockSite {
  outDir: string;
  pages: number;
  seconds: { astro: number; pagefind: number };
}

/** Builds the stock site into `<workDir>/dist`; `workDir` must be new and is left for the caller to remove. */
export const buildStockSite = async (corpus: SyntheticCorpus, workDir: string): Promise<StockSite> => {
  await cp(TEMPLATE, workDir, { recursive: true });
  // Astro and its dependencies resolve from the repository, as they do for the library.
  await symlink(path.join(repoRoot, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
  const pages = stockPages(corpus);
  const pagesFile = path.join(workDir, 'pages.json');
  await writeFile(pagesFile, JSON.stringify(pages));
  const outDir = path.join(workDir, 'dist');

  let started = performance.now();
  await run(
    process.execPath,
    [
      path.join(path.dirname(require.resolve('astro/package.json')), 'astro.js'),
      'build',
      '--root',
      workDir,
      '--silent',
    ],
    {
      cwd: workDir,
      env: { ...process.env, STOCK_SITE_PAGES: pagesFile, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const astro = (performance.now() - started) / 1000;

  started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start for the stock site: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not read the stock site: ${added.errors.join('; ')}`);
    await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  return { outDir, pages: pages.length, seconds: { astro, pagefind: (performance.now() - started) / 1000 } };
};
