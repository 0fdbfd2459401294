/**
 * `npm run backup` and `npm run restore`, on each database the hub supports: a backup of the CMS
 * with the sample content, restored into a fresh data directory (and a fresh PostgreSQL
 * database), gives back the same documents in every locale, the same relations and the same media
 * files, byte for byte, and the CMS on it builds the same site. A damaged backup is refused and
 * leaves the hub it was to go into as it was.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnPostgres } from '../fixtures/on-postgres.js';
import { contentTypes, strapiUid } from '@resource-hub/content-types';
import { readEnv, type HubConfig } from '../../cms/src/env/read-env.js';
import { backupHub, type BackupSummary } from '../../scripts/backup/backup.js';
import { readManifest, type BackupManifest } from '../../scripts/backup/backup-manifest.js';
import { listFiles, sha256File } from '../../scripts/backup/media-files.js';
import { restoreHub, type RestoreSummary } from '../../scripts/backup/restore.js';
import { buildSite, type BuildSiteResult } from '../../scripts/build/build-site.js';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { readHubConfig } from '../../scripts/lib/hub-config.js';
import { repoRoot } from '../../scripts/lib/paths.js';
import { createTempDatabase, type TempDatabase } from '../../scripts/lib/postgres.js';
import { freePort, startThrowawayCms, type DatabaseKind, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';

const run = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

/** Every file under dir with its sha256: what "untouched" and "byte for byte" compare. */
const filesOf = async (dir: string): Promise<Record<string, string>> =>
  Object.fromEntries(
    await Promise.all(
      (await listFiles(dir)).map(async (file) => [file, (await sha256File(path.join(dir, file))).sha256] as const),
    ),
  );

interface Content {
  /** Entries by type, locale and status. */
  documents: Record<string, number>;
  /** Every entry by type, locale, status and permanent id. */
  entries: string[];
  /** Rows of the tables that join entries to entries, components and media files. */
  relations: Record<string, number>;
  media: Record<string, string>;
}

const contentOf = async (cms: ThrowawayCms): Promise<Content> => {
  const documents: Record<string, number> = {};
  const entries: string[] = [];
  for (const type of contentTypes) {
    const rows = (await cms.strapi.db.query(strapiUid(type.name) as never).findMany({})) as {
      documentId: string;
      locale?: string;
      publishedAt?: string | null;
    }[];
    for (const row of rows) {
      const key = `${type.name} ${row.locale ?? '-'} ${row.publishedAt ? 'published' : 'draft'}`;
      documents[key] = (documents[key] ?? 0) + 1;
      entries.push(`${key} ${row.documentId}`);
    }
  }
  // The admin's own tables (users, roles, API tokens) are left out: each CMS makes its build token.
  const joins = (await cms.strapi.db.dialect.schemaInspector.getTables()).filter(
    (table) => /_(lnk|mph|cmps)$/.test(table) && !/^(admin|strapi|up)_/.test(table),
  );
  const relations: Record<string, number> = {};
  for (const table of joins.sort()) {
    const [row] = (await cms.strapi.db.connection(table).count({ n: '*' })) as { n: number | string }[];
    relations[table] = Number(row!.n);
  }
  return {
    documents,
    entries: entries.sort(),
    relations,
    media: await filesOf(path.join(cms.dataDir, 'public', 'uploads')),
  };
};

/**
 * A built site's files with their hashes, but its search index (Pagefind's chunks depend on the
 * order it reads pages in) and what lists the index's files (the offline lists, the service worker).
 */
const siteFiles = async (build: BuildSiteResult) => {
  const files = await filesOf(build.outDir);
  return Object.fromEntries(
    Object.entries(files).filter(
      ([file]) => !file.startsWith('pagefind/') && !file.startsWith('_offline/') && file !== 'sw.js',
    ),
  );
};

const roundTrip = (database: DatabaseKind) => {
  let work: string;
  let backup: BackupSummary;
  let manifest: BackupManifest;
  let restored: RestoreSummary;
  let restoredCms: ThrowawayCms;
  let targetDatabase: TempDatabase | undefined;
  let before: { content: Content; site: BuildSiteResult };
  let after: { content: Content; site: BuildSiteResult };
  let oldTokenAnswer: number;

  /** The hub's settings for a data directory (and a database) the restore goes into. */
  const targetConfig = async (dataDir: string, databaseUrl?: string, port?: number): Promise<HubConfig> =>
    readEnv(
      {
        HUB_DATA_DIR: dataDir,
        DATABASE_CLIENT: database,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        CMS_PORT: String(port ?? (await freePort())),
      },
      repoRoot,
    );

  // A cold build each time (its own cache), in its own Astro process, which allows images from its
  // CMS only: every page, image and PDF comes from the CMS it reads.
  const build = async (cms: ThrowawayCms, name: string, token: string) =>
    buildSite({
      env: {
        ...process.env,
        CMS_URL: cms.url,
        STRAPI_BUILD_TOKEN: token,
        SITE_URL: 'https://resources.example.org',
        SITE_CACHE_DIR: path.join(work, `${name}-cache`),
      },
      outDir: path.join(work, name),
      log: () => {},
    });

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), `hub-backup-${database}-`));
    const original = await startThrowawayCms(database);
    // The restored CMS listens where the original did: Astro names images by their source address.
    const port = new URL(original.url).port;
    let oldToken: string;
    try {
      await seedHub(original.strapi, sampleContent);
      oldToken = await createBuildToken(original.strapi);
      before = { site: await build(original, 'site-before', oldToken), content: await contentOf(original) };
      // As `npm run backup` reads it: the environment the throw-away CMS runs with.
      backup = await backupHub(readHubConfig(), { out: path.join(work, 'backup') });
    } finally {
      await original.stop();
    }
    manifest = await readManifest(backup.dir);

    const target = path.join(work, 'restored');
    targetDatabase = database === 'postgres' ? await createTempDatabase() : undefined;
    restored = await restoreHub(await targetConfig(target, targetDatabase?.url), { from: backup.dir });
    restoredCms = await startThrowawayCms(database, 'warn', {
      HUB_DATA_DIR: target,
      CMS_PORT: port,
      ...(targetDatabase ? { DATABASE_URL: targetDatabase.url } : {}),
    });
    oldTokenAnswer = (
      await fetch(`${restoredCms.url}/api/guides`, { headers: { Authorization: `Bearer ${oldToken}` } })
    ).status;
    after = {
      site: await build(restoredCms, 'site-after', await createBuildToken(restoredCms.strapi)),
      content: await contentOf(restoredCms),
    };
  });

  afterAll(async () => {
    await restoredCms?.stop();
    await targetDatabase?.drop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('backs up the database dump, every media file with its sha256, and the rows of every table', () => {
    expect(backup.database).toBe(database);
    expect(manifest.database.client).toBe(database);
    expect(manifest.media).toEqual(before.content.media);
    expect(backup.mediaFiles).toBeGreaterThan(0);
    for (const [table, rows] of Object.entries(before.content.relations))
      expect(manifest.tables[table], table).toBe(rows);
    expect(restored).toMatchObject({
      database,
      tables: backup.tables,
      rows: backup.rows,
      mediaFiles: backup.mediaFiles,
      mediaBytes: backup.mediaBytes,
      replaced: false,
    });
  });

  it('restores the same documents, per type, locale and status, with the same permanent ids', () => {
    expect(Object.keys(before.content.documents).some((key) => key.includes(' fr '))).toBe(true);
    expect(after.content.documents).toEqual(before.content.documents);
    expect(after.content.entries).toEqual(before.content.entries);
  });

  it('restores the same relations, components and media links', () => {
    expect(before.content.relations.files_related_mph).toBeGreaterThan(0);
    expect(after.content.relations).toEqual(before.content.relations);
  });

  it('restores the same media files, byte for byte', () => {
    expect(after.content.media).toEqual(before.content.media);
  });

  it('needs no secrets from the old hub, but tokens made with its API_TOKEN_SALT no longer open the API', () => {
    expect(oldTokenAnswer).toBe(401);
  });

  it('builds the same site from the restored CMS', async () => {
    expect(after.site.manifest.documents.length).toBe(before.site.manifest.documents.length);
    const [filesBefore, filesAfter] = [await siteFiles(before.site), await siteFiles(after.site)];
    const pages = (files: Record<string, string>) => Object.keys(files).filter((file) => file.endsWith('.html'));
    expect(pages(filesBefore).length).toBeGreaterThan(100);
    expect(pages(filesAfter)).toEqual(pages(filesBefore));
    // Byte for byte: the pages hold no build-time values, and the images are drawn from the same bytes.
    expect(filesAfter).toEqual(filesBefore);
  });

  if (database === 'sqlite')
    describe('a damaged or misdirected backup', () => {
      let target: string;
      let firstMedia: string;
      const damagedCopy = (damage: (dir: string) => void) => {
        const dir = mkdtempSync(path.join(work, 'damaged-'));
        cpSync(backup.dir, dir, { recursive: true });
        damage(dir);
        return dir;
      };

      beforeAll(async () => {
        target = path.join(work, 'target');
        await restoreHub(await targetConfig(target), { from: backup.dir });
        // So a restore that went through would show: it is not in the backup.
        writeFileSync(path.join(target, 'public', 'uploads', 'kept.txt'), 'not in the backup');
        firstMedia = Object.keys(manifest.media)[0]!;
      });

      it.each([
        [
          'a media file whose bytes changed',
          (dir: string) => appendFileSync(path.join(dir, 'uploads', firstMedia), 'x'),
          /^the backup is damaged: the media file \S+ has sha256 [0-9a-f]{64}, backup\.json says [0-9a-f]{64}\. Nothing was changed; use another backup\.$/,
        ],
        [
          'a missing media file',
          (dir: string) => rmSync(path.join(dir, 'uploads', firstMedia)),
          /^the media file \S+ is missing from \S+: the backup is damaged; nothing was changed: use another backup$/,
        ],
        [
          'a changed database dump',
          (dir: string) => appendFileSync(path.join(dir, 'database.sqlite'), 'x'),
          /^the backup is damaged: database\.sqlite has sha256 [0-9a-f]{64}, backup\.json says [0-9a-f]{64}\./,
        ],
        [
          'no backup.json',
          (dir: string) => rmSync(path.join(dir, 'backup.json')),
          /holds no backup\.json, so it is no finished backup/,
        ],
      ])('refuses %s with a clear message, and leaves the hub as it was', async (_what, damage, message) => {
        const untouched = await filesOf(target);
        await expect(
          restoreHub(await targetConfig(target), { from: damagedCopy(damage), force: true }),
        ).rejects.toThrow(message);
        expect(await filesOf(target)).toEqual(untouched);
      });

      it('replaces content that is there only with --force', async () => {
        await expect(restoreHub(await targetConfig(target), { from: backup.dir })).rejects.toThrow(
          /the hub already holds content \(the database \S+cms\.db, and \d+ media files in \S+\).*--force/,
        );
        const replaced = await restoreHub(await targetConfig(target), { from: backup.dir, force: true });
        expect(replaced.replaced).toBe(true);
        expect(await filesOf(path.join(target, 'public', 'uploads'))).toEqual(manifest.media);
      });

      it('refuses while the CMS answers on CMS_PORT', async () => {
        const port = Number(new URL(restoredCms.url).port);
        await expect(
          restoreHub(await targetConfig(target, undefined, port), { from: backup.dir, force: true }),
        ).rejects.toThrow(`something answers on 127.0.0.1:${port} (CMS_HOST, CMS_PORT), most likely the CMS`);
      });

      it('as commands: npm run backup prints where the backup went; a refused npm run restore prints one line, no stack trace', async () => {
        const env = {
          ...process.env,
          HUB_DATA_DIR: target,
          DATABASE_CLIENT: 'sqlite',
          CMS_PORT: String(await freePort()),
        };
        const out = path.join(work, 'backup-by-command');
        const { stdout } = await run(tsx, ['scripts/backup/run-backup.ts', '--out', out], { cwd: repoRoot, env });
        expect(stdout).toContain(`backup: put it back with: npm run restore -- ${out}`);
        expect((await readManifest(out)).tables).toEqual(manifest.tables);
        const failure = await run(
          tsx,
          ['scripts/backup/run-restore.ts', damagedCopy((dir) => rmSync(path.join(dir, 'backup.json'))), '--force'],
          { cwd: repoRoot, env },
        ).then(
          () => undefined,
          (error: { code: number; stderr: string }) => error,
        );
        expect(failure?.code).toBe(1);
        expect(failure?.stderr.trim().split('\n')).toEqual([
          expect.stringMatching(/^restore failed: \S+ holds no backup\.json, so it is no finished backup/),
        ]);
      });

      it('with media on an S3 bucket, backs up and restores the database only, and says where the media files are', async () => {
        const s3 = {
          UPLOAD_PROVIDER: 's3',
          S3_BUCKET: 'hub-media',
          S3_REGION: 'fr-par',
          S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
          S3_SECRET_ACCESS_KEY: 'example-secret-key',
        };
        const lines: string[] = [];
        const out = path.join(work, 'backup-s3');
        await backupHub(readEnv({ HUB_DATA_DIR: target, ...s3 }, repoRoot), { out, log: (line) => lines.push(line) });
        expect(await readManifest(out)).toMatchObject({ tables: manifest.tables, media: {}, mediaBucket: 'hub-media' });
        const elsewhere = path.join(work, 'restored-s3');
        await restoreHub(await targetConfig(elsewhere), { from: out, log: (line) => lines.push(line) });
        expect(Object.keys(await filesOf(elsewhere))).toEqual(['cms.db']);
        expect(lines.filter((line) => line.includes('S3 bucket hub-media'))).toHaveLength(2);
      });

      it('refuses a SQLite backup for a hub on PostgreSQL', async () => {
        const config = readEnv(
          { HUB_DATA_DIR: target, DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgres://hub@127.0.0.1:5432/hub' },
          repoRoot,
        );
        await expect(restoreHub(config, { from: backup.dir, force: true })).rejects.toThrow(
          /is a backup of a SQLite database, but the hub is set up for PostgreSQL \(DATABASE_CLIENT=postgres\)/,
        );
      });
    });
};

describe('backup and restore on SQLite', () => roundTrip('sqlite'));

describeOnPostgres('backup and restore on PostgreSQL', () => roundTrip('postgres'));
