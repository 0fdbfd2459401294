/**
 * Puts a backup back. Every file is checked against backup.json while it is staged beside its
 * place, and only then swapped in: the database first (SQLite in one rename, PostgreSQL with
 * pg_restore in one transaction), then the media files (unless they live in an S3 bucket). A
 * damaged backup changes nothing.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { HubConfig } from '../lib/hub-config.js';
import {
  MANIFEST_FILE,
  MEDIA_DIR,
  countDifferences,
  readManifest,
  totalRows,
  type BackupManifest,
  type TableCounts,
} from './backup-manifest.js';
import { megabytes, strapiVersion, uploadsFolder } from './backup.js';
import { copyHashed, listFiles, sha256File } from './media-files.js';
import { postgresTableCounts, requireTool, restorePostgres, type PostgresDatabase } from './postgres-dump.js';
import { checkSqlite } from './sqlite-dump.js';

export interface RestoreSummary {
  database: HubConfig['database']['client'];
  /** When the backup was made. */
  createdAt: string;
  tables: number;
  rows: number;
  mediaFiles: number;
  mediaBytes: number;
  /** Whether content was there before and is now replaced (--force). */
  replaced: boolean;
  seconds: number;
}

const KIND = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

const damaged = (what: string) => new Error(`the backup is damaged: ${what}. Nothing was changed; use another backup.`);

/** Whether something accepts connections where the CMS would listen. */
const listening = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });

/** Checks the backup against the hub it goes into; returns what is there already, if anything. */
const preflight = async (config: HubConfig, manifest: BackupManifest, dir: string, force: boolean) => {
  const { database } = config;
  const from = manifest.database;
  if (from.client !== database.client)
    throw new Error(
      `${dir} is a backup of a ${KIND[from.client]} database, but the hub is set up for ${KIND[database.client]} (DATABASE_CLIENT=${database.client}): a backup goes back into the same kind of database, so restore it with DATABASE_CLIENT=${from.client}.`,
    );
  if (database.client === 'postgres' && from.schema !== database.schema)
    throw new Error(
      `${dir} holds the PostgreSQL schema "${from.schema}", but the hub uses "${database.schema}": set DATABASE_SCHEMA=${from.schema} to restore it.`,
    );
  // A running CMS would keep writing to the database it has open, or over the restored one.
  if (await listening(config.host, config.port))
    throw new Error(
      `something answers on ${config.host}:${config.port} (CMS_HOST, CMS_PORT), most likely the CMS, and a restore under a running CMS is lost or corrupts it. Stop it (Ctrl+C where npm start runs), then run the restore again.`,
    );
  const present: string[] = [];
  if (database.client === 'sqlite') {
    if (existsSync(database.filename)) present.push(`the database ${database.filename}`);
  } else {
    await requireTool('pg_restore');
    const tables = Object.keys(await postgresTableCounts(database));
    if (tables.length > 0) present.push(`${tables.length} tables in the schema "${database.schema}"`);
    const unknown = tables.filter((table) => !(table in manifest.tables));
    if (unknown.length > 0)
      throw new Error(
        `the schema "${database.schema}" holds ${unknown.length === 1 ? 'a table' : `${unknown.length} tables`} the backup does not (${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}), probably from a later version of the content types, and pg_restore cannot replace a schema that holds them. Nothing was changed. Restore into an empty database (drop and create it again), or drop those tables first.`,
      );
  }
  const media = manifest.mediaBucket ? [] : await listFiles(uploadsFolder(config));
  if (media.length > 0) present.push(`${media.length} media files in ${uploadsFolder(config)}`);
  if (present.length > 0 && !force)
    throw new Error(
      `the hub already holds content (${present.join(', and ')}), which the restore would replace. Run it again with --force to replace it (make a backup of it first if you may want it back).`,
    );
  return present.length > 0;
};

/** Swaps the staged folder in with two renames, putting the old one back if the second fails. */
const swapIn = async (staged: string, target: string) => {
  const replaced = `${target}.replaced`;
  await rm(replaced, { recursive: true, force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) await rename(target, replaced);
  try {
    await rename(staged, target);
  } catch (error) {
    if (hadTarget) await rename(replaced, target);
    throw error;
  }
  await rm(replaced, { recursive: true, force: true });
};

/** The dump matches the sha256 backup.json gives it. */
const checkDump = async (file: string, manifest: BackupManifest) => {
  const { sha256 } = await sha256File(file);
  if (sha256 !== manifest.database.sha256)
    throw damaged(`${manifest.database.file} has sha256 ${sha256}, ${MANIFEST_FILE} says ${manifest.database.sha256}`);
};

/** Copies the dump beside the database file, checks the copy, and renames it into place. */
const restoreSqlite = async (dumpFile: string, filename: string, manifest: BackupManifest): Promise<TableCounts> => {
  const staged = `${filename}.restoring`;
  await mkdir(path.dirname(filename), { recursive: true });
  try {
    await copyFile(dumpFile, staged);
    await checkDump(staged, manifest);
    const restored = await checkSqlite(staged);
    const differences = countDifferences(restored, manifest.tables);
    if (differences.length > 0) throw damaged(differences.slice(0, 5).join('; '));
    // A journal of the database being replaced would be played into the restored one on open.
    for (const suffix of ['-journal', '-wal', '-shm']) await rm(`${filename}${suffix}`, { force: true });
    await rename(staged, filename);
    return restored;
  } finally {
    await rm(staged, { force: true });
  }
};

const restoreToPostgres = async (
  dumpFile: string,
  database: PostgresDatabase,
  manifest: BackupManifest,
  log: (line: string) => void,
): Promise<TableCounts> => {
  await checkDump(dumpFile, manifest);
  log('restoring the database with pg_restore, in one transaction…');
  await restorePostgres(database, dumpFile);
  const restored = await postgresTableCounts(database);
  const differences = countDifferences(restored, manifest.tables);
  if (differences.length > 0)
    throw new Error(
      `the restored database differs from ${MANIFEST_FILE}: ${differences.slice(0, 5).join('; ')}. The media files were left as they were; do not start the CMS on it, but run the restore again or restore another backup.`,
    );
  return restored;
};

export const restoreHub = async (
  config: HubConfig,
  { from, force = false, log = () => {} }: { from: string; force?: boolean; log?: (line: string) => void },
): Promise<RestoreSummary> => {
  const started = performance.now();
  const dir = path.resolve(from);
  const manifest = await readManifest(dir);
  const { database } = config;
  const files = Object.keys(manifest.media);
  log(
    `restoring the backup of ${manifest.createdAt}: ${KIND[manifest.database.client]}, ${Object.keys(manifest.tables).length} tables, ${totalRows(manifest.tables)} rows, ${files.length} media files`,
  );
  if (manifest.strapiVersion !== strapiVersion())
    log(
      `note: the backup was made with Strapi ${manifest.strapiVersion} and this hub runs ${strapiVersion()}; Strapi migrates an older database when it starts, not a newer one`,
    );
  const replaced = await preflight(config, manifest, dir, force);
  const dumpFile = path.join(dir, manifest.database.file);
  if (!existsSync(dumpFile)) throw damaged(`${dumpFile} is missing`);

  const uploads = uploadsFolder(config);
  const stagedMedia = `${uploads}.restoring`;
  try {
    log(`checking ${files.length} media files and the database against ${MANIFEST_FILE}…`);
    await rm(stagedMedia, { recursive: true, force: true });
    await mkdir(config.uploadsDir, { recursive: true });
    const media = await copyHashed(
      path.join(dir, MEDIA_DIR),
      stagedMedia,
      files,
      'the backup is damaged; nothing was changed: use another backup',
    );
    const wrong = files.find((file) => media.hashes[file] !== manifest.media[file]);
    if (wrong)
      throw damaged(
        `the media file ${wrong} has sha256 ${media.hashes[wrong]}, ${MANIFEST_FILE} says ${manifest.media[wrong]}`,
      );

    const restored =
      database.client === 'sqlite'
        ? await restoreSqlite(dumpFile, database.filename, manifest)
        : await restoreToPostgres(dumpFile, database, manifest, log);
    log(`database: ${Object.keys(restored).length} tables, ${totalRows(restored)} rows, as ${MANIFEST_FILE} says`);
    if (manifest.mediaBucket)
      log(`media: not in the backup, they live in the S3 bucket ${manifest.mediaBucket}; ${uploads} is left as it is`);
    else {
      try {
        await swapIn(stagedMedia, uploads);
      } catch (error) {
        throw new Error(
          `the database is restored, but the media files could not be put in ${uploads} (${(error as Error).message}): fix that, then run the restore again with --force.`,
        );
      }
      log(`media: ${files.length} files (${megabytes(media.bytes)}) in ${uploads}, each matching its sha256`);
    }
    return {
      database: database.client,
      createdAt: manifest.createdAt,
      tables: Object.keys(restored).length,
      rows: totalRows(restored),
      mediaFiles: files.length,
      mediaBytes: media.bytes,
      replaced,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await rm(stagedMedia, { recursive: true, force: true });
  }
};
