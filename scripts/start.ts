/**
 * `npm start`: the one entry point. Checks the configuration, builds what is missing, starts the
 * CMS, seeds it when empty, builds the library from it and serves it, and says where everything
 * is and how to sign in.
 */
import { adminPanelIsCurrent, buildAdminPanel } from './lib/admin-panel.js';
import { createBuildToken } from './lib/build-token.js';
import { startStaticServer } from './lib/static-server.js';
import { createBuildScheduler } from './publish/build-scheduler.js';
import { publishSite, readStatus } from './publish/publish-site.js';
import { publishedFingerprint } from './publish/published-fingerprint.js';
import { startPublisher } from './publish/publisher.js';
import { liveRelease, releasesIn } from './publish/releases.js';
import { bootCms } from './lib/cms.js';
import { readHubConfig, runMain, type HubConfig } from './lib/hub-config.js';
import { sampleContent } from './seed/sample-content/index.js';
import { seedHub } from './seed/seed-hub.js';
import { LOCAL_ACCOUNTS } from '../cms/src/env/read-env.js';
import { loadSecrets } from '../cms/src/env/secrets.js';
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
    `  Data                ${config.dataDir}  (database, uploads, secrets; delete it to start afresh)`,
    '',
    '  Press Ctrl+C to stop.',
    '',
  ].join('\n');

runMain('start', async () => {
  const config = readHubConfig();
  if (!adminPanelIsCurrent()) await buildAdminPanel(log);
  const releases = releasesIn(config.dataDir);
  let siteEnv: NodeJS.ProcessEnv = {};
  // Every build, the first one included, goes through the scheduler: builds never overlap.
  const scheduler = createBuildScheduler({
    publish: async ({ events, removals }) => {
      log(`publisher: ${events} content change${events === 1 ? '' : 's'}: building the library…`);
      // Taken before the build: a change made during it makes the next start rebuild, never miss it.
      const fingerprint = await publishedFingerprint({ url: siteEnv.CMS_URL!, token: siteEnv.STRAPI_BUILD_TOKEN! });
      await publishSite({ releases, env: siteEnv, expectedRemovals: removals, fingerprint, log: (line) => log(`  ${line}`) });
    },
    retryable: (error) => error instanceof Error && /cannot reach the CMS/.test(error.message),
    log,
  });
  // The publisher listens before the CMS starts, so no event (the seed's included) is lost.
  const publisher = await startPublisher({
    secret: loadSecrets(process.env, config.dataDir, config.production).PUBLISHER_SECRET,
    port: config.publisherPort,
    onEvent: ({ event }) => scheduler.request({ removal: event === 'entry.unpublish' || event === 'entry.delete' }),
    log,
  });
  process.env.PUBLISHER_URL ??= publisher.url;
  log(`starting the CMS on ${config.database.client === 'sqlite' ? 'SQLite' : 'PostgreSQL'}…`);
  const cms = await bootCms({ listen: true });
  if (await isEmpty(cms.strapi)) {
    log('the database is empty: loading the sample content…');
    const report = await seedHub(cms.strapi, sampleContent, { editor: config.editor, log: (line) => log(`seed: ${line}`) });
    log(`sample content loaded: ${report.created} entries`);
  }
  // The site server follows the live release, so it can start before the first build is done.
  const site = await startStaticServer({ root: () => liveRelease(releases), files: { '/status.json': releases.statusFile }, port: config.sitePort });
  siteEnv = { ...process.env, CMS_URL: cms.url, STRAPI_BUILD_TOKEN: await createBuildToken(cms.strapi) };
  // Events missed while the hub was down are found by comparing what is published with the live release.
  const current = await publishedFingerprint({ url: cms.url!, token: siteEnv.STRAPI_BUILD_TOKEN! });
  const { live } = await readStatus(releases);
  if ((await liveRelease(releases)) && live?.fingerprint === current) log(`the library is up to date (release ${live.release})`);
  else scheduler.request({ removal: false });
  scheduler.resume();
  await scheduler.idle();
  if (!(await liveRelease(releases))) throw new Error(`the library could not be built: ${(await readStatus(releases)).lastError?.message ?? 'see the lines above'}`);
  console.log(banner(config, cms.url!, site.url));
  console.log(`Resource Hub ready: site ${site.url}/, admin ${cms.url}/admin`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('stopping…');
  scheduler.stop();
  await publisher.close();
  await site.close();
  await cms.stop();
});
