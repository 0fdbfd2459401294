/**
 * `npm run bench`: figures for the CMS on SQLite in a throw-away data directory. Prints numbers,
 * asserts nothing: targets are read here, not enforced by timed tests.
 *   BENCH_DOCUMENTS  how many extra published guides to write (default 1000)
 */
import { performance } from 'node:perf_hooks';
import { runMain } from '../lib/hub-config.js';
import { sampleContent } from '../seed/sample-content/index.js';
import { seedHub } from '../seed/seed-hub.js';
import { startThrowawayCms } from '../lib/throwaway-cms.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

runMain('bench', async () => {
  const documents = Number(process.env.BENCH_DOCUMENTS ?? 1000);
  const figures: [string, string][] = [];
  console.log('bench: booting the CMS on an empty SQLite database…');
  let started = performance.now();
  const cms = await startThrowawayCms('sqlite', 'error');
  figures.push(['boot, empty database (incl. migrations)', seconds(performance.now() - started)]);
  try {

    console.log('bench: loading the sample content…');
    started = performance.now();
    const report = await seedHub(cms.strapi, sampleContent, { log: () => {} });
    figures.push([`seed sample content (${report.created} entries)`, seconds(performance.now() - started)]);

    started = performance.now();
    await seedHub(cms.strapi, sampleContent);
    figures.push(['second seed run (changes nothing)', seconds(performance.now() - started)]);

    console.log(`bench: writing ${documents} published guides in one transaction…`);
    started = performance.now();
    await cms.strapi.db.transaction(async () => {
      for (let n = 1; n <= documents; n += 1) {
        await cms.strapi.documents('api::guide.guide' as never).create({
          locale: 'en',
          status: 'published',
          data: { title: `Bench guide ${n}`, summary: 'A generated guide for the benchmark.', publicationDate: '2024-01-01' },
        } as never);
        if (n % 250 === 0) console.log(`bench:   ${n}/${documents}`);
      }
    });
    const writeMs = performance.now() - started;
    figures.push([`write ${documents} published guides`, `${seconds(writeMs)} (${Math.round(documents / (writeMs / 1000))} documents/s)`]);

    console.log('bench: timing the public API…');
    const timings: number[] = [];
    for (let n = 0; n < 50; n += 1) {
      const t = performance.now();
      const response = await fetch(`${cms.url}/api/guides?pagination[pageSize]=100&pagination[page]=${(n % 10) + 1}&populate=*`);
      await response.arrayBuffer();
      timings.push(performance.now() - t);
    }
    figures.push(['GET /api/guides, 100 per page, populate=* (50 requests)', `p50 ${percentile(timings, 50).toFixed(0)} ms, p95 ${percentile(timings, 95).toFixed(0)} ms`]);
  } finally {
    await cms.stop();
  }
  console.log('\nResource Hub bench (SQLite, this machine)');
  for (const [label, value] of figures) console.log(`  ${label.padEnd(58)} ${value}`);
});
