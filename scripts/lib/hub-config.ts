/** The CMS's own configuration check, for scripts that run before or beside it. */
import { ConfigError, type HubConfig, readEnv } from '@resource-hub/cms/env/read-env';
import { repoRoot } from './paths.js';

export { ConfigError, type HubConfig };

export const readHubConfig = (): HubConfig => readEnv(process.env, repoRoot);

/** Runs a command-line entry point: known problems print one clear line, not a stack trace. */
export const runMain = (name: string, main: () => Promise<void>): void => {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`${name} failed: ${message}`);
      if (!(error instanceof ConfigError) && process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
};
