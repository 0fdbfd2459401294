/**
 * `npm run bench [-- --docs N]`: figures for the CMS on SQLite in a throw-away data directory,
 * loaded with the sample content and a synthetic corpus of N documents (scripts/bench/
 * synthetic-corpus.ts). Prints a table and writes the same figures to .data/bench/bench-<N>.json;
 * a run of every step also rewrites docs/performance.md and docs/performance.json.
 * Asserts nothing: targets are read here, not enforced by timed tests.
 *   --docs N          documents in the synthetic corpus (default 1000)
 *   BENCH_DOCUMENTS   the same, when --docs is not given
 *   --only a,b        run only these steps (offline, api, fetch, build, publish, import): a quick figure while profiling
 *   --data DIR        keep the CMS's data in DIR and, when DIR already holds this corpus, skip loading it
 *                     (loading 10,000 documents takes some 17 minutes): for repeated runs while profiling
 *   --verbose         also print the publisher's own log during publish-to-live (each build's steps)
 * Steps that need the loaded CMS (API, site build, search) are listed in `AFTER_LOAD` below.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBuildToken } from '../lib/build-token.js';
import { runMain } from '../lib/hub-config.js';
import { repoRoot } from '../lib/paths.js';
import { freePort, portIsFree, startThrowawayCms, type ThrowawayCms } from '../lib/throwaway-cms.js';
import { sampleContent } from '../seed/sample-content/index.js';
import { seedHub } from '../seed/seed-hub.js';
import { Figures, writeFiguresJson } from './figures.js';
import { setGoals } from './goals.js';
import { loadSyntheticCorpus } from './load-corpus.js';
import { seededOfflineLibrary } from './offline-steps.js';
import { PERFORMANCE_DOC, PERFORMANCE_JSON, writePerformanceDoc } from './performance-doc.js';
import { importThroughput } from './import-steps.js';
import { publishToLive } from './publish-steps.js';
import { contentFetch, siteBuild } from './site-steps.js';
import { type BenchStep, publicApiTimes } from './steps.js';
import { generateSyntheticCorpus, type SyntheticCorpus } from './synthetic-corpus.js';

const DEFAULT_DOCUMENTS = 1000;

/** Run in order once the CMS holds the sample content and the corpus; each records its figures. */
const AFTER_LOAD: Record<string, BenchStep> = {
  api: publicApiTimes,
  fetch: contentFetch,
  build: siteBuild,
  publish: publishToLive,
  import: importThroughput,
};
const STEPS = ['offline', ...Object.keys(AFTER_LOAD)];

const log = (line: string) => console.log(`bench: ${line}`);

const corpusSize = (args: string[], fallback: string | undefined): number => {
  const index = args.findIndex((arg) => arg === '--docs' || arg.startsWith('--docs='));
  const raw =
    index < 0
      ? (fallback ?? String(DEFAULT_DOCUMENTS))
      : args[index].includes('=')
        ? args[index].split('=')[1]
        : args[index + 1];
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 0)
    throw new Error(
      `--docs (or BENCH_DOCUMENTS) must be a whole number of documents, e.g. \`npm run bench -- --docs 1000\`; got "${raw}".`,
    );
  return size;
};

/** The folder --data names, made absolute, or undefined. */
const dataDirectory = (args: string[]): string | undefined => {
  const index = args.findIndex((arg) => arg === '--data' || arg.startsWith('--data='));
  if (index < 0) return undefined;
  const raw = args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
  if (!raw || raw.startsWith('--'))
    throw new Error(
      "--data takes a folder for the CMS's data, e.g. `npm run bench -- --docs 10000 --data .data/bench/cms-10000`.",
    );
  return path.resolve(raw);
};

/** The steps --only names, or all of them. */
const chosenSteps = (args: string[]): Set<string> => {
  const index = args.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (index < 0) return new Set(STEPS);
  const names = (args[index].includes('=') ? args[index].split('=')[1] : (args[index + 1] ?? ''))
    .split(',')
    .filter(Boolean);
  const unknown = names.filter((name) => !STEPS.includes(name));
  if (names.length === 0 || unknown.length > 0)
    throw new Error(
      `--only takes steps separated by commas, out of ${STEPS.join(', ')}; got "${unknown.join(',') || names.join(',')}" (e.g. \`npm run bench -- --only publish\`).`,
    );
  return new Set(names);
};

const corpusSummary = (corpus: SyntheticCorpus) => {
  const count = (key: (doc: SyntheticCorpus['documents'][number]) => string[]) =>
    corpus.documents.reduce<Record<string, number>>((counts, doc) => {
      for (const name of key(doc)) counts[name] = (counts[name] ?? 0) + 1;
      return counts;
    }, {});
  return {
    seed: corpus.seed,
    documents: corpus.documents.length,
    byType: count((doc) => [doc.type]),
    byLocale: count((doc) => Object.keys(doc.locales)),
    withAttachments: corpus.documents.filter((doc) => doc.attachments).length,
    images: corpus.images.length,
    pdfs: corpus.pdfs.length,
  };
};

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
};

const loadEverything = async (
  cms: ThrowawayCms,
  corpus: SyntheticCorpus,
  figures: Figures,
  buildToken: string,
  steps: Set<string>,
): Promise<void> => {
  log('loading the sample content…');
  const [report, seedMs] = await timed(() => seedHub(cms.strapi, sampleContent));
  figures.seconds('seed.sample', `seed sample content (${report.created} entries)`, seedMs);
  const [, againMs] = await timed(() => seedHub(cms.strapi, sampleContent));
  figures.seconds('seed.sample.again', 'second seed run (changes nothing)', againMs);
  if (steps.has('offline')) await seededOfflineLibrary({ cms, buildToken, figures, log });

  const documents = corpus.documents.length;
  log(`loading ${documents} synthetic documents, published, in transactions of 250…`);
  const loaded = await loadSyntheticCorpus(cms.strapi, corpus, {
    onProgress: ({ done, total, elapsedMs }) =>
      log(
        `  ${done}/${total} documents (${(elapsedMs / 1000).toFixed(1)} s, ${Math.round(done / (elapsedMs / 1000))} documents/s)`,
      ),
  });
  figures.seconds(
    'corpus.taxonomies',
    `corpus taxonomies (${corpus.cities.length} cities, 4 languages)`,
    loaded.taxonomiesMs,
  );
  figures.seconds('corpus.media', `upload ${loaded.images} shared images and ${loaded.pdfs} PDFs`, loaded.mediaMs);
  figures.seconds(
    'corpus.write',
    `write ${loaded.created} published documents (${loaded.entries} language versions)`,
    loaded.documentsMs,
    `${Math.round(loaded.created / (loaded.documentsMs / 1000))} documents/s`,
  );
};

/**
 * The CMS port a --data folder's runs share: media URLs carry it, and the encoded images and
 * sharing cards the folder keeps are named after them, so another port would make them all again.
 */
const keptPort = async (dataDir: string): Promise<number> => {
  const file = path.join(dataDir, 'bench-port');
  const kept = existsSync(file) ? Number(await readFile(file, 'utf8')) : undefined;
  if (kept && (await portIsFree(kept))) return kept;
  if (kept) log(`port ${kept}, which ${dataDir}'s kept images were made with, is taken: they will be made again`);
  const port = await freePort();
  await writeFile(file, String(port));
  return port;
};

/** What a --data folder holds once loaded: a later run with the same corpus skips the load. */
const loadedMarker = (dataDir: string) => path.join(dataDir, 'bench-corpus.json');

const alreadyLoaded = async (dataDir: string | undefined, corpus: SyntheticCorpus): Promise<boolean> => {
  if (!dataDir || !existsSync(loadedMarker(dataDir))) return false;
  const marker = JSON.parse(await readFile(loadedMarker(dataDir), 'utf8')) as { seed: string; documents: number };
  if (marker.seed === corpus.seed && marker.documents === corpus.documents.length) return true;
  throw new Error(
    `--data ${dataDir} holds a corpus of ${marker.documents} documents (seed ${marker.seed}), not this run's ${corpus.documents.length} (seed ${corpus.seed}): name another folder, or delete this one.`,
  );
};

const bench = async (
  documents: number,
  steps: Set<string>,
  figures: Figures,
  dataDir: string | undefined,
  verbose: boolean,
): Promise<SyntheticCorpus> => {
  log(`generating a synthetic corpus of ${documents} documents…`);
  const [corpus, generateMs] = await timed(async () => generateSyntheticCorpus(documents));
  figures.seconds('corpus.generate', `generate the corpus (${documents} documents, in memory)`, generateMs);

  const loaded = await alreadyLoaded(dataDir, corpus);
  if (dataDir) await mkdir(dataDir, { recursive: true });
  log(
    loaded
      ? `booting the CMS on the corpus already loaded in ${dataDir}…`
      : 'booting the CMS on an empty SQLite database…',
  );
  const [cms, bootMs] = await timed(async () =>
    startThrowawayCms(
      'sqlite',
      'error',
      dataDir ? { HUB_DATA_DIR: dataDir, CMS_PORT: String(await keptPort(dataDir)) } : {},
    ),
  );
  if (!loaded) figures.seconds('cms.boot', 'boot, empty database (incl. migrations)', bootMs);
  try {
    const buildToken = await createBuildToken(cms.strapi);
    if (!loaded) {
      await loadEverything(cms, corpus, figures, buildToken, steps);
      if (dataDir)
        await writeFile(
          loadedMarker(dataDir),
          JSON.stringify({ seed: corpus.seed, documents: corpus.documents.length }),
        );
    }
    for (const [name, step] of Object.entries(AFTER_LOAD))
      if (steps.has(name)) await step({ documents, corpus, cms, buildToken, figures, log, dataDir, verbose });
  } finally {
    await cms.stop();
  }
  return corpus;
};

runMain('bench', async () => {
  const documents = corpusSize(process.argv.slice(2), process.env.BENCH_DOCUMENTS);
  const steps = chosenSteps(process.argv.slice(2));
  const figures = new Figures();
  setGoals(figures, documents);
  const startedAt = new Date().toISOString();
  let corpus: SyntheticCorpus | undefined;
  let failure: unknown;
  try {
    corpus = await bench(
      documents,
      steps,
      figures,
      dataDirectory(process.argv.slice(2)),
      process.argv.includes('--verbose'),
    );
  } catch (error) {
    failure = error;
  }
  console.log(`\n${figures.table(`Resource Hub bench, ${documents} synthetic documents (SQLite, this machine)`)}`);
  const missed = figures.missed();
  console.log(
    missed.length === 0
      ? '\nbench: every goal measured in this run was met'
      : `\nbench: ${missed.length} goal(s) missed:\n${missed.map((line) => `  - ${line}`).join('\n')}`,
  );
  const everyStep = steps.size === STEPS.length;
  const file = path.join(
    repoRoot,
    '.data',
    'bench',
    `bench-${documents}${everyStep ? '' : `-${[...steps].join('-')}`}.json`,
  );
  const report = await writeFiguresJson(
    file,
    {
      documents,
      database: 'sqlite',
      startedAt,
      ...(corpus ? { corpus: corpusSummary(corpus) } : {}),
      ...(failure ? { error: failure instanceof Error ? failure.message : String(failure) } : {}),
    },
    figures,
  );
  console.log(`\nbench: figures written to ${path.relative(process.cwd(), file)}`);
  // Only a whole run speaks for the hub; a profiling run with --only leaves the docs as they are.
  if (everyStep && !failure) {
    await writePerformanceDoc(repoRoot, report);
    console.log(`bench: ${PERFORMANCE_DOC} and ${PERFORMANCE_JSON} rewritten from this run`);
  }
  if (failure) throw failure;
});
