/**
 * PostgreSQL through its own tools: pg_dump's custom format, taken in the same snapshot the rows
 * are counted in, and pg_restore in one transaction, so a restore that fails changes nothing.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import type { HubConfig } from '../lib/hub-config.js';
import { runQuietly } from '../lib/run-quietly.js';
import type { TableCounts } from './backup-manifest.js';

export type PostgresDatabase = Extract<HubConfig['database'], { client: 'postgres' }>;
type Tool = 'pg_dump' | 'pg_restore';

/** libpq takes the password from the environment, so it shows neither in the process list nor in messages. */
const libpq = (connectionString: string) => {
  const url = new URL(connectionString);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { address: url.toString(), env: password ? { PGPASSWORD: password } : {} };
};

/** Fails early, naming the tool and how to get it, when the PostgreSQL client tools are not installed. */
export const requireTool = async (tool: Tool): Promise<void> => {
  try {
    await promisify(execFile)(tool, ['--version']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(
      `${tool} is not installed (not found on PATH), and it is what ${tool === 'pg_dump' ? 'backs up' : 'restores'} a PostgreSQL database. Install the PostgreSQL client tools of your server's major version or newer (Debian/Ubuntu: sudo apt-get install postgresql-client; macOS: brew install libpq and add its bin folder to PATH), then run the command again.`,
    );
  }
};

/** Runs a PostgreSQL tool on the hub's database; its failure says what the tool said and what to do. */
const runTool = async (tool: Tool, args: string[], database: PostgresDatabase, advice: string): Promise<void> => {
  const { address, env } = libpq(database.connectionString);
  try {
    await runQuietly(tool, tool, [...args, `--dbname=${address}`], { cwd: process.cwd(), env });
  } catch (error) {
    const output = (error as Error).message.replace(/^[^\n]*\n/, '').trim();
    const versions = /version mismatch/.test(output)
      ? ` Install the PostgreSQL client tools of the server's major version or newer (\`${tool} --version\` shows yours).`
      : '';
    throw new Error(`${tool} failed on ${address}: ${output}\n${advice}${versions}`);
  }
};

const connect = async (database: PostgresDatabase): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: database.connectionString, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new Error(
      `cannot reach PostgreSQL at ${libpq(database.connectionString).address} (${(error as Error).message}): check DATABASE_URL and that the server is running.`,
    );
  }
  return client;
};

const countRows = async (client: pg.Client, schema: string): Promise<TableCounts> => {
  const { rows: tables } = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by table_name",
    [schema],
  );
  const counts: TableCounts = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from ${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`,
    );
    counts[name] = Number(rows[0]!.n);
  }
  return counts;
};

/** Rows per table in the hub's schema. */
export const postgresTableCounts = async (database: PostgresDatabase): Promise<TableCounts> => {
  const client = await connect(database);
  try {
    return await countRows(client, database.schema);
  } finally {
    await client.end();
  }
};

/** Dumps the hub's schema to file and returns its rows per table, both as of one snapshot. */
export const dumpPostgres = async (database: PostgresDatabase, file: string): Promise<TableCounts> => {
  await requireTool('pg_dump');
  const client = await connect(database);
  try {
    // pg_dump reads the snapshot this transaction exports, so the counts are those of the dump.
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
    const counts = await countRows(client, database.schema);
    const schema = `"${database.schema.replace(/"/g, '""')}"`;
    await runTool(
      'pg_dump',
      ['--format=custom', `--snapshot=${rows[0]!.snapshot}`, `--schema=${schema}`, `--file=${file}`],
      database,
      'Check DATABASE_URL, and that its user may read every table of the schema.',
    );
    return counts;
  } finally {
    await client.end();
  }
};

/**
 * Replaces the schema's objects with the dump's, in one transaction: on any error nothing
 * changes. Without owners or grants, so a different user (another server) can restore it.
 */
export const restorePostgres = (database: PostgresDatabase, file: string): Promise<void> =>
  runTool(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', file],
    database,
    `Nothing was changed (the restore runs in one transaction). If pg_restore cannot read the dump, the backup is damaged: use another one. If it is refused a permission, give the database to DATABASE_URL's user: the restore drops and recreates the schema "${database.schema}".`,
  );
