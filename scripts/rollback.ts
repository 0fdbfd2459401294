/** `npm run rollback`: makes the release before the live one live again (the last five are kept). */
import path from 'node:path';
import { readHubConfig, runMain } from './lib/hub-config.js';
import { releasesIn, rollback } from './publish/releases.js';

runMain('rollback', async () => {
  const previous = await rollback(releasesIn(readHubConfig().dataDir));
  console.log(`rollback: release ${path.basename(previous)} is live again`);
});
