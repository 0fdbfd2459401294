import path from 'node:path';
import { ConfigError, type HubConfig, readEnv } from './read-env';
import { loadSecrets, type Secrets } from './secrets';

export { ConfigError, type HubConfig } from './read-env';

/** cms/ sits one level below the repository root, both in src/ and in the compiled dist/. */
const repoRoot = (): string => {
  const cmsDir = __dirname.includes(`${path.sep}dist${path.sep}`)
    ? __dirname.slice(0, __dirname.lastIndexOf(`${path.sep}dist${path.sep}`))
    : path.resolve(__dirname, '../..');
  return path.resolve(cmsDir, '..');
};

/**
 * The checked configuration. Strapi reads its config files inside its own start-up, where a
 * thrown error becomes a stack trace; a bad value here prints one line and stops instead.
 */
export const hubConfig = (): { config: HubConfig; secrets: Secrets } => {
  try {
    const config = readEnv(process.env, repoRoot());
    return { config, secrets: loadSecrets(process.env, config.dataDir, config.production) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Resource Hub cannot start: ${error.message}`);
    process.exit(1);
  }
};
