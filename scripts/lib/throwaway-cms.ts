/** Boots the real CMS with its own temporary data directory, free port and database (tests, bench). */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bootCms, type RunningCms } from './cms.js';
import { createTempDatabase, type TempDatabase } from './postgres.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

export interface ThrowawayCms extends RunningCms {
  url: string;
  dataDir: string;
}

/**
 * extraEnv may name the data directory (HUB_DATA_DIR) and the PostgreSQL database (DATABASE_URL)
 * to boot on, e.g. a restored backup: those stay the caller's, and stop leaves them.
 */
export const startThrowawayCms = async (
  database: DatabaseKind,
  logLevel = 'warn',
  extraEnv: Record<string, string> = {},
): Promise<ThrowawayCms> => {
  const dataDir = extraEnv.HUB_DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), `hub-${database}-`)));
  let tempDatabase: TempDatabase | undefined;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    HUB_DATA_DIR: dataDir,
    CMS_HOST: '127.0.0.1',
    CMS_PORT: String(await freePort()),
    LOG_LEVEL: logLevel,
    DATABASE_CLIENT: database,
    ...extraEnv,
  };
  if (database === 'postgres' && !extraEnv.DATABASE_URL) {
    tempDatabase = await createTempDatabase();
    env.DATABASE_URL = tempDatabase.url;
  }
  for (const name of [
    'CMS_URL',
    'DATABASE_URL',
    'DATABASE_FILENAME',
    'PUBLISHER_URL',
    'PREVIEW_URL',
    'PUBLISHER_SECRET',
    'CORS_ORIGINS',
    'UPLOAD_FROM_URL',
  ])
    delete process.env[name];
  Object.assign(process.env, env);
  const cms = await bootCms({ listen: true });
  return {
    ...cms,
    url: cms.url!,
    dataDir,
    stop: async () => {
      await cms.stop();
      await tempDatabase?.drop();
      if (!extraEnv.HUB_DATA_DIR) await rm(dataDir, { recursive: true, force: true });
    },
  };
};
