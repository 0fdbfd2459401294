/**
 * The admin panel is a front-end build (about 45 s, 2 GB at peak) that `strapi start` needs and
 * `strapi develop` deletes. It is rebuilt only when what it is made from changes: the installed
 * packages, their patches (patches/) or the CMS's source (the admin code imports the slug maker
 * and the model facts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cmsDir, cmsDistDir, repoRoot } from './paths.js';
import { runQuietly } from './run-quietly.js';

const stampFile = path.join(cmsDistDir, 'build', '.resource-hub-stamp');

const stamp = (): string => {
  const hash = createHash('sha256')
    .update(readFileSync(path.join(cmsDir, 'package.json')))
    .update(readFileSync(path.join(repoRoot, 'package-lock.json')));
  for (const source of [path.join(cmsDir, 'src'), path.join(repoRoot, 'patches')])
    for (const file of readdirSync(source, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort())
      hash.update(path.relative(repoRoot, file)).update(readFileSync(file));
  return hash.digest('hex');
};

export const adminPanelIsCurrent = (): boolean =>
  existsSync(path.join(cmsDistDir, 'build', 'index.html')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === stamp();

export const buildAdminPanel = async (log: (line: string) => void): Promise<void> => {
  const started = Date.now();
  // Taken before building: a source edited during the build leaves the stamp stale, so it is rebuilt.
  const building = stamp();
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
        // Unset, Vite bundles production React: no development warnings for editors when the caller's
        // NODE_ENV is "test" (Vitest) or "development"; setting "production" would demand production secrets.
        env: {
          STRAPI_TELEMETRY_DISABLED: 'true',
          NODE_ENV: process.env.NODE_ENV === 'production' ? 'production' : undefined,
        },
      },
    );
  } finally {
    clearInterval(ticker);
  }
  writeFileSync(stampFile, building);
  log(`admin panel built in ${Math.round((Date.now() - started) / 1000)} s`);
};
