/**
 * A throw-away PostgreSQL database per test run on the local server. Without a server the tests
 * are skipped loudly on a laptop, and fail in CI (CI=true), where PostgreSQL is a promised path.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const postgresAvailable = async (): Promise<{ ok: true } | { ok: false; why: string }> => {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, why: (error as Error).message };
  } finally {
    await client.end().catch(() => {});
  }
};

export interface TempDatabase {
  url: string;
  drop: () => Promise<void>;
}

export const createTempDatabase = async (): Promise<TempDatabase> => {
  const name = `hub_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
};
