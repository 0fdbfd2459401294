/**
 * `npm run export:offline [-- --out file.zip] [--base /prefix/] [--from dir]`: the whole library as
 * a ZIP for any static file server (see offline-archive.ts). It packs the live release of the
 * running hub, or else site/dist from `npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readHubConfig, runMain } from '../lib/hub-config.js';
import { siteDir } from '../lib/paths.js';
import { liveRelease, releasesIn } from '../publish/releases.js';
import { exportOfflineArchive } from './offline-archive.js';

runMain('export:offline', async () => {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, base: { type: 'string' }, from: { type: 'string' } },
  });
  const live = await liveRelease(releasesIn(readHubConfig().dataDir));
  const from = values.from ?? (live && existsSync(live) ? live : path.join(siteDir, 'dist'));
  const out = path.resolve(values.out ?? 'resource-hub-library.zip');
  console.log(`export: packing the library built in ${path.relative(process.cwd(), from) || '.'}…`);
  const { files, bytes } = await exportOfflineArchive({
    from,
    out,
    base: values.base,
    log: (line) => console.log(line),
  });
  console.log(
    `export: ${path.relative(process.cwd(), out)} holds ${files} files (${(bytes / 1e6).toFixed(1)} MB)${values.base ? `, for ${values.base}` : ', with relative addresses: it works under any path'}`,
  );
});
