/**
 * The admin panel is a front-end build (about 45 s, 2 GB at peak) that `strapi start` needs and
 * `strapi develop` deletes. It is rebuilt only when what it is made from changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cmsDir, cmsDistDir, repoRoot } from './paths.js';
import { runQuietly } from './run-quietly.js';

const stampFile = path.join(cmsDistDir, 'build', '.resource-hub-stamp');

const stamp = (): string =>
  createHash('sha256')
    .update(readFileSync(path.join(cmsDir, 'package.json')))
    .update(readFileSync(path.join(repoRoot, 'package-lock.json')))
    .update(String(existsSync(path.join(cmsDir, 'src', 'admin'))))
    .digest('hex');

export const adminPanelIsCurrent = (): boolean =>
  existsSync(path.join(cmsDistDir, 'build', 'index.html')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === stamp();

export const buildAdminPanel = async (log: (line: string) => void): Promise<void> => {
  const started = Date.now();
  log('building the admin panel (once per install, about a minute)…');
  const ticker = setInterval(
    () => log(`  still building the admin panel (${Math.round((Date.now() - started) / 1000)} s)…`),
    15_000,
  );
  try {
    await runQuietly(
      'the admin panel build',
      process.execPath,
      [path.join(repoRoot, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build', '--minify'],
      {
        cwd: cmsDir,
        env: { STRAPI_TELEMETRY_DISABLED: 'true' },
      },
    );
  } finally {
    clearInterval(ticker);
  }
  writeFileSync(stampFile, stamp());
  log(`admin panel built in ${Math.round((Date.now() - started) / 1000)} s`);
};
