/**
 * Import throughput: 100 PDFs made from the corpus' reports (each page with a running header and
 * its number, as printed reports have), sent one at a time to the running CMS's POST /api/import
 * as `npm run import` sends them, with its token. The drafts and files they made are removed
 * afterwards, so a kept --data folder imports them afresh next time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { model } from '@resource-hub/cms/generated-model';
import { createImportToken } from '../lib/import-token.js';
import { writePdf } from '../seed/assets.js';
import { sendFile } from '../import/send-file.js';
import type { BenchStep } from './steps.js';

const FILES = 100;
const PREFIX = 'bench-import-';

export const importThroughput: BenchStep = async ({ corpus, cms, figures, log }) => {
  const folder = await mkdtemp(path.join(tmpdir(), 'hub-bench-import-'));
  try {
    log(`import: writing ${FILES} PDFs…`);
    const files: { file: string; pages: number }[] = [];
    for (let n = 0; n < FILES; n += 1) {
      const report = corpus.pdfs[n % corpus.pdfs.length]!;
      const title = `${report.title} (${n + 1})`;
      const pages = report.pages.map((lines, page) => [
        `Strong Cities Network | ${title}`,
        ...lines,
        `Page ${page + 1} of ${report.pages.length}`,
      ]);
      const file = path.join(folder, `${PREFIX}${n + 1}.pdf`);
      await writeFile(file, await writePdf(title, pages, report.language));
      files.push({ file, pages: pages.length + 1 });
    }
    const token = await createImportToken(cms.strapi, folder);
    const started = performance.now();
    let failed = 0;
    for (const [index, { file }] of files.entries()) {
      const outcome = await sendFile({ cmsUrl: cms.url, token }, file);
      if (outcome.status !== 'imported') failed += 1;
      if ((index + 1) % 25 === 0) log(`import: ${index + 1}/${FILES} files`);
    }
    const seconds = (performance.now() - started) / 1000;
    const pages = files.reduce((sum, { pages: count }) => sum + count, 0);
    figures.add('import.pages', 'import: PDF pages read per second', Math.round(pages / seconds), 'pages/s');
    figures.add(
      'import.documents',
      'import: drafts made per minute',
      Math.round((FILES / seconds) * 60),
      'documents/min',
    );
    figures.seconds('import.total', `import: ${FILES} PDFs (${pages} pages), one at a time`, seconds * 1000);
    if (failed > 0)
      throw new Error(`${failed} of the bench's ${FILES} PDFs were not imported: see \`npm run import\` on them.`);
  } finally {
    for (const uid of model.documentTypes) {
      const made = (await cms.strapi.db.query(uid as never).findMany({
        where: { importedFile: { $startsWith: PREFIX } },
        select: ['documentId', 'locale'],
      })) as { documentId: string; locale: string }[];
      for (const { documentId, locale } of made)
        await cms.strapi.documents(uid as never).delete({ documentId, locale } as never);
    }
    const uploads = cms.strapi.plugin('upload').service('upload');
    for (const file of await cms.strapi.db
      .query('plugin::upload.file')
      .findMany({ where: { name: { $startsWith: PREFIX } } }))
      await uploads.remove(file);
    await rm(folder, { recursive: true, force: true });
  }
};
