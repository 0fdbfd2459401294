/** `npm run build`: builds the public library from the running CMS into site/dist. */
import { runMain } from '../lib/hub-config.js';
import { buildSite } from './build-site.js';

runMain('build', async () => {
  await buildSite();
});
