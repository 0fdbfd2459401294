/**
 * `npm run restore -- <backup folder> [--force]`: puts a backup from `npm run backup` back into
 * the configured CMS, checked file by file against its backup.json (see restore.ts). The CMS must
 * be stopped; --force replaces content that is there already.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { secretsFile } from '@resource-hub/cms/env/secrets';
import { readHubConfig, runMain } from '../lib/hub-config.js';
import { megabytes, shownPath } from './backup.js';
import { restoreHub } from './restore.js';

/** The latest backups in the default folder, for the message when none is named. */
const latestBackups = async (dataDir: string) => {
  const dir = path.join(dataDir, 'backups');
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.endsWith('.partial'))
    .map((entry) => entry.name);
  return names
    .sort()
    .slice(-3)
    .map((name) => shownPath(path.join(dir, name)));
};

runMain('restore', async () => {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const config = readHubConfig();
  if (positionals.length !== 1) {
    const latest = await latestBackups(config.dataDir);
    throw new Error(
      `give one backup folder, e.g. npm run restore -- ${latest.at(-1) ?? '.data/backups/2026-01-31T09-00-00Z'}${latest.length > 1 ? ` (the latest ${latest.length}: ${latest.join(', ')})` : ''}`,
    );
  }
  const summary = await restoreHub(config, {
    from: positionals[0]!,
    force: values.force,
    log: (line) => console.log(`restore: ${line}`),
  });
  console.log(
    `restore: done in ${summary.seconds.toFixed(1)} s: ${summary.tables} tables (${summary.rows} rows) and ${summary.mediaFiles} media files (${megabytes(summary.mediaBytes)}) checked against backup.json${summary.replaced ? ', replacing what was there' : ''}. Start the hub with npm start.`,
  );
  // Content needs no secrets, but API tokens are stored hashed with API_TOKEN_SALT (docs/backup.md).
  if (!config.production && !existsSync(secretsFile(config.dataDir)))
    console.log(
      `restore: ${secretsFile(config.dataDir)} is not there, so new secrets are made on start: API tokens made in the admin panel stop working (the hub makes its own again) and everyone signs in again. To keep them, copy secrets.env from the old data folder first.`,
    );
});
