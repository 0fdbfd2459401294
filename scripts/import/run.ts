/**
 * `npm run import -- [--type TYPE] [--locale LOCALE] PATH...`: PDFs, saved web pages and text
 * files (or folders of them) into drafts in the running CMS, one line per file and a closing
 * count. Interrupted, it is run again: files already imported answer "skipped" and change nothing.
 * Exits non-zero when any file failed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportOutcome, ImportStatus } from '@resource-hub/cms/import/import-file';
import { readHubConfig, runMain } from '../lib/hub-config.js';
import { readImportToken } from '../lib/import-token.js';
import { collectFiles, ImportCommandError } from './collect-files.js';
import { checkCms, sendFile } from './send-file.js';

const USAGE = 'npm run import -- [--type guide|toolkit|city-spotlight|event-report] [--locale en|fr|es|ar] PATH...';

const WIDTH = 24;
const progress = (done: number, total: number, file: string) => {
  if (!process.stderr.isTTY) return;
  const filled = Math.round((done / total) * WIDTH);
  process.stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${file}`);
};
const clearProgress = () => {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
};

const lineOf = (outcome: ImportOutcome, cmsUrl: string) => {
  const where = outcome.adminPath ? `  ${cmsUrl}${outcome.adminPath}` : '';
  const toCheck = outcome.check.length > 0 ? ` (${outcome.check.length} to check)` : '';
  return `${outcome.status.padEnd(8)} ${outcome.file}: ${outcome.message}${toCheck}${where}`;
};

runMain('import', async () => {
  const args = (() => {
    try {
      return parseArgs({
        options: { type: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new ImportCommandError(`${(error as Error).message.split('. ')[0]}. Usage: ${USAGE}`);
    }
  })();
  const { values, positionals } = args;
  if (values.help) {
    console.log(`Usage: ${USAGE}`);
    return;
  }
  const config = readHubConfig();
  const cmsUrl = (process.env.CMS_URL?.trim() || `http://127.0.0.1:${config.port}`).replace(/\/+$/, '');
  const files = await collectFiles(positionals);
  await checkCms(cmsUrl);
  const token = await readImportToken(config.dataDir);
  if (!token)
    throw new ImportCommandError(
      `No import token: \`npm start\` writes one to ${path.join(config.dataDir, 'import.env')}; start the hub once, or set STRAPI_IMPORT_TOKEN.`,
    );
  const counts: Record<ImportStatus, number> = { imported: 0, updated: 0, skipped: 0, failed: 0 };
  for (const [index, file] of files.entries()) {
    progress(index, files.length, path.basename(file));
    const outcome = await sendFile({ cmsUrl, token, type: values.type, locale: values.locale }, file);
    counts[outcome.status] += 1;
    clearProgress();
    console.log(lineOf(outcome, cmsUrl));
  }
  console.log(
    `imported ${counts.imported}, updated ${counts.updated}, skipped ${counts.skipped} (already imported), failed ${counts.failed}`,
  );
  if (counts.failed > 0) process.exitCode = 1;
});
