/**
 * A backup of the CMS: the database's own consistent dump (SQLite's online backup, pg_dump), the
 * media files, and backup.json to check them against. Not `strapi export`, which loses media
 * files and relations. The CMS may keep running: the database is dumped first, then the media
 * files, so a file uploaded meanwhile is at worst one the database does not know yet. Media on an
 * S3 bucket (UPLOAD_PROVIDER=s3) stay there: the bucket is backed up by its own means.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { HubConfig } from '../lib/hub-config.js';
import { cmsDir } from '../lib/paths.js';
import { DUMP_FILE, MEDIA_DIR, newManifest, totalRows, writeManifest, type TableCounts } from './backup-manifest.js';
import { copyHashed, listFiles, sha256File } from './media-files.js';
import { dumpPostgres } from './postgres-dump.js';
import { dumpSqlite } from './sqlite-dump.js';

export interface BackupSummary {
  dir: string;
  database: HubConfig['database']['client'];
  tables: number;
  rows: number;
  databaseBytes: number;
  mediaFiles: number;
  mediaBytes: number;
  seconds: number;
}

export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** A path as the commands print it: relative when under the current folder, else in full. */
export const shownPath = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative || '.';
};

/** `<HUB_DATA_DIR>/backups/<UTC time>`, without colons, which some file systems refuse. */
const defaultBackupDir = (dataDir: string, at: Date) =>
  path.join(
    dataDir,
    'backups',
    at
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace(/:/g, '-'),
  );

/** Where Strapi's local provider keeps the media files: `<HUB_DATA_DIR>/public/uploads`. */
export const uploadsFolder = (config: HubConfig) => path.join(config.uploadsDir, 'uploads');

export const strapiVersion = () =>
  (createRequire(path.join(cmsDir, 'package.json'))('@strapi/strapi/package.json') as { version: string }).version;

export const backupHub = async (
  config: HubConfig,
  { out, log = () => {} }: { out?: string; log?: (line: string) => void } = {},
): Promise<BackupSummary> => {
  const started = performance.now();
  const createdAt = new Date();
  const dir = path.resolve(out ?? defaultBackupDir(config.dataDir, createdAt));
  if (existsSync(dir) && (await readdir(dir)).length > 0)
    throw new Error(
      `${dir} already exists and is not empty: each backup needs a folder of its own. Give another --out, or move that folder away.`,
    );
  // Built beside its final place and renamed at the end: a backup that stopped half-way never looks finished.
  const partial = `${dir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    const { database } = config;
    const dumpFile = path.join(partial, DUMP_FILE[database.client]);
    let tables: TableCounts;
    if (database.client === 'sqlite') {
      if (!existsSync(database.filename))
        throw new Error(
          `there is no database at ${database.filename} to back up: check HUB_DATA_DIR (and DATABASE_FILENAME), or start the hub once with npm start.`,
        );
      log(`dumping the SQLite database ${database.filename}…`);
      tables = await dumpSqlite(database.filename, dumpFile);
    } else {
      log(`dumping the PostgreSQL schema "${database.schema}" with pg_dump…`);
      tables = await dumpPostgres(database, dumpFile);
    }
    const dump = await sha256File(dumpFile);
    log(`database: ${Object.keys(tables).length} tables, ${totalRows(tables)} rows (${megabytes(dump.bytes)})`);
    const uploads = uploadsFolder(config);
    const mediaBucket = config.storage.provider === 's3' ? config.storage.bucket : undefined;
    const files = mediaBucket ? [] : await listFiles(uploads);
    if (mediaBucket)
      log(
        `media: not copied, they live in the S3 bucket ${mediaBucket} (UPLOAD_PROVIDER=s3): back the bucket up with its own means (versioning, replication)`,
      );
    else log(`copying ${files.length} media files from ${uploads}…`);
    const media = await copyHashed(
      uploads,
      path.join(partial, MEDIA_DIR),
      files,
      'it was deleted while the backup ran; run the backup again',
    );
    if (!mediaBucket) log(`media: ${files.length} files (${megabytes(media.bytes)}), each with its sha256`);
    await writeManifest(
      partial,
      newManifest({
        createdAt: createdAt.toISOString(),
        strapiVersion: strapiVersion(),
        database: {
          client: database.client,
          ...(database.client === 'postgres' ? { schema: database.schema } : {}),
          file: DUMP_FILE[database.client],
          sha256: dump.sha256,
          bytes: dump.bytes,
        },
        tables,
        media: media.hashes,
        ...(mediaBucket ? { mediaBucket } : {}),
      }),
    );
    // An empty folder named by --out is replaced; rename does not replace a folder on every system.
    if (existsSync(dir)) await rmdir(dir);
    await rename(partial, dir);
    return {
      dir,
      database: database.client,
      tables: Object.keys(tables).length,
      rows: totalRows(tables),
      databaseBytes: dump.bytes,
      mediaFiles: files.length,
      mediaBytes: media.bytes,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
};
