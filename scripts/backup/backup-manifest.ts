/**
 * backup.json: what a backup holds, written last so a folder without it is no finished backup.
 * Restore checks every file against it before touching anything, and the database after.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST_FILE = 'backup.json';
/** The media files, as they sit under `<HUB_DATA_DIR>/public/uploads`. */
export const MEDIA_DIR = 'uploads';
export const DUMP_FILE = { sqlite: 'database.sqlite', postgres: 'database.pgdump' } as const;

const FORMAT = 'resource-hub-backup';
const VERSION = 1;

export type DatabaseClient = keyof typeof DUMP_FILE;
/** Rows per table, by table name. */
export type TableCounts = Record<string, number>;

export interface BackupManifest {
  format: typeof FORMAT;
  version: typeof VERSION;
  createdAt: string;
  /** The Strapi that wrote the database: it migrates older databases on start, never newer ones. */
  strapiVersion: string;
  database: {
    client: DatabaseClient;
    /** The PostgreSQL schema dumped: pg_dump writes its name into the dump. */
    schema?: string;
    file: string;
    sha256: string;
    bytes: number;
  };
  tables: TableCounts;
  /** sha256 of every media file, by its path under uploads/ ('/'-separated). */
  media: Record<string, string>;
  /** With UPLOAD_PROVIDER=s3: the bucket that holds the media files, which are then not in the backup. */
  mediaBucket?: string;
}

export const newManifest = (fields: Omit<BackupManifest, 'format' | 'version'>): BackupManifest => ({
  format: FORMAT,
  version: VERSION,
  ...fields,
});

export const writeManifest = (dir: string, manifest: BackupManifest) =>
  writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

export const totalRows = (tables: TableCounts) => Object.values(tables).reduce((sum, rows) => sum + rows, 0);

/** A media path from backup.json that stays inside the folder it is copied to. */
const safeMediaPath = (file: string) =>
  file !== '' && !path.isAbsolute(file) && !file.split(/[\\/]/).some((part) => part === '..' || part === '');

export const readManifest = async (dir: string): Promise<BackupManifest> => {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(dir))
    throw new Error(
      `there is no backup folder at ${dir}: give the folder \`npm run backup\` printed, e.g. npm run restore -- .data/backups/2026-01-31T09-00-00Z`,
    );
  if (!existsSync(file))
    throw new Error(
      `${dir} holds no ${MANIFEST_FILE}, so it is no finished backup (the backup writes it last): give the folder \`npm run backup\` printed, or make a new backup.`,
    );
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8')) as BackupManifest;
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}): the backup is damaged; use another one.`);
  }
  if (manifest?.format !== FORMAT)
    throw new Error(
      `${file} is not a Resource Hub backup manifest (format "${manifest?.format}", expected "${FORMAT}").`,
    );
  if (manifest.version !== VERSION)
    throw new Error(
      `${file} has format version ${manifest.version}; this hub reads version ${VERSION}. Restore it with the version of the hub that made it.`,
    );
  const client = manifest.database?.client;
  if (
    !(client in DUMP_FILE) ||
    manifest.database.file !== DUMP_FILE[client] ||
    typeof manifest.tables !== 'object' ||
    typeof manifest.media !== 'object'
  )
    throw new Error(`${file} is incomplete (no database, tables or media): the backup is damaged; use another one.`);
  const unsafe = Object.keys(manifest.media).find((media) => !safeMediaPath(media));
  if (unsafe !== undefined)
    throw new Error(
      `${file} lists the media file "${unsafe}", which points outside the uploads folder: the backup is damaged or was tampered with; use another one.`,
    );
  return manifest;
};

/** The differences between two sets of counts, as readable lines; none when they are equal. */
export const countDifferences = (actual: TableCounts, expected: TableCounts): string[] => {
  const tables = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort();
  return tables.flatMap((table) => {
    if (!(table in actual)) return [`table ${table} is missing (${MANIFEST_FILE}: ${expected[table]} rows)`];
    if (!(table in expected)) return [`table ${table} (${actual[table]} rows) is not in ${MANIFEST_FILE}`];
    return actual[table] === expected[table]
      ? []
      : [`table ${table} has ${actual[table]} rows, ${MANIFEST_FILE} says ${expected[table]}`];
  });
};
