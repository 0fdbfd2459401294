/**
 * SQLite through better-sqlite3, the driver the CMS itself runs on (resolved from cms/, which
 * depends on it; the root has no types for it, hence the few declared here).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir } from '../lib/paths.js';
import type { TableCounts } from './backup-manifest.js';

interface SqliteDatabase {
  prepare(sql: string): { all(): unknown[]; get(): unknown };
  pragma(sql: string, options: { simple: true }): unknown;
  backup(destination: string): Promise<unknown>;
  close(): void;
}
type SqliteDriver = new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

const Database = createRequire(path.join(cmsDir, 'package.json'))('better-sqlite3') as SqliteDriver;

const withDatabase = <T>(file: string, use: (db: SqliteDatabase) => T | Promise<T>): Promise<T> => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return Promise.resolve()
    .then(() => use(db))
    .finally(() => db.close());
};

const countRows = (db: SqliteDatabase): TableCounts => {
  const tables = db
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`select count(*) as n from "${name.replace(/"/g, '""')}"`).get() as { n: number }).n,
    ]),
  );
};

/**
 * SQLite's online backup: a consistent copy, page by page, taken while the CMS may keep writing
 * (a write in between makes it start over). Returns the copy's rows per table.
 */
export const dumpSqlite = async (source: string, destination: string): Promise<TableCounts> => {
  await withDatabase(source, (db) => db.backup(destination));
  return withDatabase(destination, countRows);
};

/** Checks a database file for damage and counts its rows; throws when SQLite finds it damaged. */
export const checkSqlite = (file: string): Promise<TableCounts> =>
  withDatabase(file, (db) => {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok')
      throw new Error(`SQLite finds the database in the backup damaged (${String(result)}): use another backup.`);
    return countRows(db);
  });
