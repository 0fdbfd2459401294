/**
 * The admin panel is a front-end build (about 45 s, 2 GB at peak) that `strapi start` needs and
 * `strapi develop` deletes. It is rebuilt only when what it is made from changes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cmsDir, cmsDistDir, repoRoot } from './paths.js';

const stampFile = path.join(cmsDistDir, 'build', '.resource-hub-stamp');

const stamp = (): string =>
  createHash('sha256')
    .update(readFileSync(path.join(cmsDir, 'package.json')))
    .update(readFileSync(path.join(repoRoot, 'package-lock.json')))
    .update(String(existsSync(path.join(cmsDir, 'src', 'admin'))))
    .digest('hex');

export const adminPanelIsCurrent = (): boolean =>
  existsSync(path.join(cmsDistDir, 'build', 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp();

export const buildAdminPanel = (log: (line: string) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    log('building the admin panel (once per install, about a minute)…');
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build', '--minify'], {
      cwd: cmsDir,
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ticker = setInterval(() => log(`  still building the admin panel (${Math.round((Date.now() - started) / 1000)} s)…`), 15_000);
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code !== 0) return reject(new Error(`the admin panel build failed (exit ${code}):\n${output.slice(-4000)}`));
      writeFileSync(stampFile, stamp());
      log(`admin panel built in ${Math.round((Date.now() - started) / 1000)} s`);
      resolve();
    });
  });
