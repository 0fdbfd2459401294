/**
 * `npm start`: the one entry point. Checks the configuration, builds what is missing, starts the
 * CMS, seeds it when empty, builds the library from it and serves it, and says where everything
 * is and how to sign in.
 */
import { adminPanelIsCurrent, buildAdminPanel } from './lib/admin-panel.js';
import { createBuildToken, createPreviewToken } from './lib/build-token.js';
import { createImportToken } from './lib/import-token.js';
import { startPublishingService } from './publish/publishing-service.js';
import { bootCms } from './lib/cms.js';
import { readHubConfig, runMain, type HubConfig } from './lib/hub-config.js';
import { sampleContent } from './seed/sample-content/index.js';
import { seedHub } from './seed/seed-hub.js';
import { LOCAL_ACCOUNTS } from '@resource-hub/cms/env/read-env';
import { loadSecrets } from '@resource-hub/cms/env/secrets';
import type { Core } from '@strapi/strapi';
import { contentTypes, strapiUid } from '@resource-hub/content-types';

const log = (line: string) => console.log(`hub: ${line}`);

const isEmpty = async (strapi: Core.Strapi): Promise<boolean> => {
  for (const type of contentTypes) if ((await strapi.db.query(strapiUid(type.name) as never).count()) > 0) return false;
  return true;
};

const password = (account: { password: string }, name: 'admin' | 'editor', variable: string) =>
  account.password === LOCAL_ACCOUNTS[name].password ? account.password : `(the value of ${variable})`;

const banner = (config: HubConfig, url: string, siteUrl: string) =>
  [
    '',
    '  Resource Hub is running.',
    '',
    `  Library (site)      ${siteUrl}/`,
    `  CMS (admin panel)   ${url}/admin`,
    `    editor sign-in    ${config.editor.email} / ${password(config.editor, 'editor', 'EDITOR_PASSWORD')}   (Editor role: write and publish)`,
    `    admin sign-in     ${config.admin.email} / ${password(config.admin, 'admin', 'ADMIN_PASSWORD')}   (super admin: settings, users)`,
    `  Content API         ${url}/api/guides  (published content only)`,
    `  Import files        npm run import -- FILE_OR_FOLDER...  (PDFs, web pages, text: drafts to check)`,
    `  Data                ${config.dataDir}  (database, uploads, secrets; delete it to start afresh)`,
    '',
    '  Press Ctrl+C to stop.',
    '',
  ].join('\n');

runMain('start', async () => {
  const config = readHubConfig();
  if (!adminPanelIsCurrent()) await buildAdminPanel(log);
  // The publisher listens before the CMS starts, so no event (the seed's included) is lost.
  const publishing = await startPublishingService({
    dataDir: config.dataDir,
    secret: loadSecrets(process.env, config.dataDir, config.production).PUBLISHER_SECRET,
    sitePort: config.sitePort,
    publisherPort: config.publisherPort,
    log,
  });
  process.env.PUBLISHER_URL ??= publishing.publisher.url;
  log(`starting the CMS on ${config.database.client === 'sqlite' ? 'SQLite' : 'PostgreSQL'}…`);
  const cms = await bootCms({ listen: true });
  if (await isEmpty(cms.strapi)) {
    log('the database is empty: loading the sample content…');
    const report = await seedHub(cms.strapi, sampleContent, {
      editor: config.editor,
      log: (line) => log(`seed: ${line}`),
    });
    log(`sample content loaded: ${report.created} entries`);
  }
  await publishing.connect({
    url: cms.url!,
    token: await createBuildToken(cms.strapi),
    previewToken: await createPreviewToken(cms.strapi),
  });
  await createImportToken(cms.strapi, config.dataDir);
  console.log(banner(config, cms.url!, publishing.site.url));
  console.log(`Resource Hub ready: site ${publishing.site.url}/, admin ${cms.url}/admin`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('stopping…');
  await publishing.stop();
  await cms.stop();
});
