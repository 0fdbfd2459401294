/** `npm run seed`: loads the sample content into the CMS configured by the environment. */
import { bootCms } from '../lib/cms.js';
import { readHubConfig, runMain } from '../lib/hub-config.js';
import { sampleContent } from './sample-content/index.js';
import { seedHub } from './seed-hub.js';

runMain('seed', async () => {
  const config = readHubConfig();
  const started = Date.now();
  console.log(`seed: loading the CMS (${config.database.client})…`);
  const cms = await bootCms();
  try {
    const report = await seedHub(cms.strapi, sampleContent, {
      editor: config.editor,
      log: (line) => console.log(`seed: ${line}`),
    });
    console.log(
      `seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.created} entries created, ${report.existing} already there.`,
    );
  } finally {
    await cms.stop();
  }
});
