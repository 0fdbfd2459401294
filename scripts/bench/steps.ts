/**
 * What a bench step receives once the CMS holds the corpus, and the steps themselves. A step
 * measures one thing and records it in `figures`; run.ts runs them in order. Site build,
 * Pagefind and first-search steps go here (first-search.ts measures a built search page).
 */
import { performance } from 'node:perf_hooks';
import type { ThrowawayCms } from '../lib/throwaway-cms.js';
import { percentile, type Figures } from './figures.js';
import { recordLoad } from './load.js';
import type { SyntheticCorpus } from './synthetic-corpus.js';

export interface BenchContext {
  /** Documents in the synthetic corpus (the sample content comes on top). */
  documents: number;
  corpus: SyntheticCorpus;
  /** The running CMS: `url` for HTTP, `strapi` for in-process access. */
  cms: ThrowawayCms;
  /** A read-only API token, as the site build uses (scripts/lib/build-token.ts). */
  buildToken: string;
  figures: Figures;
  log: (line: string) => void;
  /** The --data folder, when given: steps may keep what they build there for the next run. */
  dataDir?: string;
  /** --verbose: steps pass on the logs of what they run, not only their figures. */
  verbose?: boolean;
}

export type BenchStep = (context: BenchContext) => Promise<void>;

/** Response times of the public list API, 100 entries a page with everything populated. */
export const publicApiTimes: BenchStep = async ({ cms, figures, log }) => {
  log('timing the public API…');
  for (const plural of ['guides', 'event-reports']) {
    const url = (page: number) =>
      `${cms.url}/api/${plural}?pagination[pageSize]=100&pagination[page]=${page}&populate=*`;
    const first = (await (await fetch(url(1))).json()) as { meta: { pagination: { pageCount: number } } };
    const pages = Math.max(1, first.meta.pagination.pageCount);
    const timings: number[] = [];
    for (let n = 0; n < 50; n += 1) {
      const started = performance.now();
      const response = await fetch(url((n % pages) + 1));
      await response.arrayBuffer();
      timings.push(performance.now() - started);
    }
    const label = `GET /api/${plural}, 100 per page, populate=* (50 requests)`;
    for (const p of [50, 95]) {
      const ms = Math.round(percentile(timings, p));
      figures.add(`api.${plural}.p${p}`, `${label} p${p}`, ms, 'ms');
    }
  }
  log('loading the public API…');
  const reads = [
    'guides?pagination[pageSize]=25',
    'event-reports?populate=*&pagination[pageSize]=25',
    'themes',
    'city-spotlights?locale=fr',
  ];
  await recordLoad(
    figures,
    'load.api',
    "Strapi's public API under load (lists, populated)",
    reads.map((read) => `${cms.url}/api/${read}`),
  );
};
