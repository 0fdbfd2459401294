/**
 * `npm run backup [-- --out <dir>]`: the CMS's database and media files into a folder of their
 * own, `<HUB_DATA_DIR>/backups/<UTC time>/` by default (see backup.ts). The CMS may keep running.
 */
import { parseArgs } from 'node:util';
import { readHubConfig, runMain } from '../lib/hub-config.js';
import { backupHub, megabytes, shownPath } from './backup.js';

runMain('backup', async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const summary = await backupHub(readHubConfig(), { out: values.out, log: (line) => console.log(`backup: ${line}`) });
  const dir = shownPath(summary.dir);
  console.log(
    `backup: done in ${summary.seconds.toFixed(1)} s: ${dir} (${summary.tables} tables, ${summary.rows} rows, ${summary.mediaFiles} media files, ${megabytes(summary.databaseBytes + summary.mediaBytes)})`,
  );
  console.log(`backup: put it back with: npm run restore -- ${dir}`);
});
