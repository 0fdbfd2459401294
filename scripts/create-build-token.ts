/**
 * `npm run create-build-token`: makes the site build's read-only API token and stores it in the
 * data directory (never printed, never committed), where the build reads it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createBuildToken } from './lib/build-token.js';
import { bootCms } from './lib/cms.js';
import { readHubConfig, runMain } from './lib/hub-config.js';

runMain('create-build-token', async () => {
  const config = readHubConfig();
  const cms = await bootCms();
  try {
    const token = await createBuildToken(cms.strapi);
    const file = path.join(config.dataDir, 'site-build.env');
    await writeFile(file, `# Read-only API token for the site build. Keep private.\nSTRAPI_BUILD_TOKEN=${token}\n`, {
      mode: 0o600,
    });
    console.log(`create-build-token: a read-only token (find/findOne only) is in ${file}`);
  } finally {
    await cms.stop();
  }
});
