import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, LOCAL_ACCOUNTS, readEnv, SECRET_NAMES } from '../../cms/src/env/read-env.js';
import { loadSecrets, secretsFile } from '../../cms/src/env/secrets.js';

const root = '/srv/hub';
const messageOf = (env: Record<string, string>) => {
  try {
    readEnv(env, root);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

const S3 = {
  UPLOAD_PROVIDER: 's3',
  S3_BUCKET: 'hub-media',
  S3_REGION: 'fr-par',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'example-secret-key',
};

const strongProduction = {
  NODE_ENV: 'production',
  ADMIN_EMAIL: 'web@strongcities.example',
  ADMIN_PASSWORD: 'Correct-Horse-2026-Battery',
  EDITOR_EMAIL: 'editors@strongcities.example',
  EDITOR_PASSWORD: 'Staple-Editor-2026-Lamp',
};

describe('readEnv', () => {
  it('runs on SQLite in ./.data with the documented local defaults', () => {
    const config = readEnv({}, root);
    expect(config.database).toEqual({ client: 'sqlite', filename: '/srv/hub/.data/cms.db' });
    expect(config.uploadsDir).toBe('/srv/hub/.data/public');
    expect(config.port).toBe(1337);
    expect(config.publicUrl).toBe('http://127.0.0.1:1337');
    expect(config.admin).toEqual(LOCAL_ACCOUNTS.admin);
    expect(config.uploads).toEqual({ maxImageMb: 20, maxImageMegapixels: 40, maxPdfMb: 50 });
    expect(config.uploadFromUrl).toBe(false);
  });

  it('lets no other site read the content API unless CORS_ORIGINS lists it, as browsers spell origins', () => {
    expect(readEnv({}, root).corsOrigins).toEqual([]);
    expect(
      readEnv(
        { CORS_ORIGINS: ' https://Partner.Example.org/ , http://localhost:3000,https://mirror.example.org:443 ' },
        root,
      ).corsOrigins,
    ).toEqual(['https://partner.example.org', 'http://localhost:3000', 'https://mirror.example.org']);
  });

  it('takes upload limits in megabytes and megapixels, fractions included', () => {
    const { uploads } = readEnv(
      { UPLOAD_MAX_IMAGE_MB: '2.5', UPLOAD_MAX_IMAGE_MEGAPIXELS: ' 24 ', UPLOAD_MAX_PDF_MB: '100' },
      root,
    );
    expect(uploads).toEqual({ maxImageMb: 2.5, maxImageMegapixels: 24, maxPdfMb: 100 });
  });

  it('keeps uploads in the data directory unless told to use an S3-compatible bucket', () => {
    expect(readEnv({}, root).storage).toEqual({ provider: 'local' });
    expect(
      readEnv({ ...S3, S3_ENDPOINT: 'https://s3.fr-par.scw.cloud/', S3_PUBLIC_URL: 'https://media.example.org' }, root)
        .storage,
    ).toEqual({
      provider: 's3',
      bucket: 'hub-media',
      region: 'fr-par',
      endpoint: 'https://s3.fr-par.scw.cloud',
      publicUrl: 'https://media.example.org',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'example-secret-key',
    });
  });

  it('uses PostgreSQL when asked, with its address', () => {
    const config = readEnv({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgres://hub@db:5432/hub' }, root);
    expect(config.database).toMatchObject({ client: 'postgres', connectionString: 'postgres://hub@db:5432/hub' });
  });

  it.each([
    [{ CMS_PORT: 'abc' }, 'CMS_PORT="abc" is not a port: use a whole number from 1 to 65535'],
    [{ SITE_PORT: '70000' }, 'SITE_PORT="70000" is not a port'],
    [{ DATABASE_CLIENT: 'mysql' }, 'DATABASE_CLIENT="mysql" is not allowed: use one of sqlite, postgres'],
    [{ DATABASE_CLIENT: 'postgres' }, 'DATABASE_URL is not set: with DATABASE_CLIENT=postgres give the server address'],
    [
      { DATABASE_CLIENT: 'postgres', DATABASE_URL: 'mysql://u:secret@h/db' },
      'DATABASE_URL="mysql://u:***@h/db" is not a PostgreSQL address',
    ],
    [{ CMS_URL: 'ftp://example.org' }, 'CMS_URL="ftp://example.org" must start with http:// or https://'],
    [{ ADMIN_EMAIL: 'admin' }, 'ADMIN_EMAIL="admin" is not an e-mail address'],
    [{ EDITOR_PASSWORD: 'password' }, 'EDITOR_PASSWORD is too weak'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV="staging" is not allowed'],
    [
      { UPLOAD_MAX_IMAGE_MB: '20MB' },
      'UPLOAD_MAX_IMAGE_MB="20MB" is not a number of megabytes: use a number above 0, e.g. UPLOAD_MAX_IMAGE_MB=20',
    ],
    [{ UPLOAD_MAX_PDF_MB: '0' }, 'UPLOAD_MAX_PDF_MB="0" is not a number of megabytes: use a number above 0'],
    [{ UPLOAD_MAX_IMAGE_MEGAPIXELS: '-5' }, 'UPLOAD_MAX_IMAGE_MEGAPIXELS="-5" is not a number of megapixels'],
    [{ UPLOAD_PROVIDER: 'gcs' }, 'UPLOAD_PROVIDER="gcs" is not allowed: use one of local, s3'],
    [
      { UPLOAD_PROVIDER: 's3', S3_BUCKET: 'hub-media' },
      'S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not set: with UPLOAD_PROVIDER=s3 give the bucket',
    ],
    [{ ...S3, S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT="minio:9000" must start with http:// or https://'],
    [
      { UPLOAD_MAX_IMAGE_MEGAPIXELS: '300' },
      'UPLOAD_MAX_IMAGE_MEGAPIXELS="300" is more than Strapi\'s image processing can take (268 megapixels): use at most 268',
    ],
    [
      { UPLOAD_FROM_URL: 'yes' },
      'UPLOAD_FROM_URL="yes" is not allowed: use one of true, false (or leave it unset for false)',
    ],
    [
      { CORS_ORIGINS: '*' },
      'CORS_ORIGINS="*" has the wildcard "*", which would let any site\'s scripts read the content API: list each site as scheme, host and port only',
    ],
    [{ CORS_ORIGINS: 'https://*.example.org' }, 'has the wildcard "https://*.example.org"'],
    [
      { CORS_ORIGINS: 'https://partner.example.org/library/' },
      'CORS_ORIGINS="https://partner.example.org/library/" has "https://partner.example.org/library/", which is not an origin',
    ],
    [
      { CORS_ORIGINS: 'https://a.example.org,partner.example.org' },
      'has "partner.example.org", which is not an origin: list each site as scheme, host and port only, separated by commas, e.g. CORS_ORIGINS=https://partner.example.org',
    ],
    [{ CORS_ORIGINS: 'null' }, 'has "null", which is not an origin'],
    [{ CORS_ORIGINS: 'ftp://files.example.org' }, 'has "ftp://files.example.org", which is not an origin'],
    [{ CORS_ORIGINS: 'https://user:pw@partner.example.org' }, 'which is not an origin'],
  ])('refuses %o with one clear line', (env, expected) => {
    const message = messageOf(env);
    expect(message).toContain(expected);
    expect(message).not.toContain('\n');
  });

  it('never echoes a database password', () => {
    expect(messageOf({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'mysql://u:secret@h/db' })).not.toContain('secret');
  });

  it('refuses the local default accounts in production', () => {
    expect(messageOf({ NODE_ENV: 'production' })).toContain('ADMIN_PASSWORD is the public local default');
    expect(messageOf({ ...strongProduction, EDITOR_PASSWORD: 'Short-2026' })).toContain(
      'in production use at least 12',
    );
    expect(readEnv(strongProduction, root).production).toBe(true);
  });
});

describe('loadSecrets', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hub-secrets-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('makes the secrets on first start, keeps them private, and reuses them', async () => {
    const first = loadSecrets({}, dataDir, false);
    expect(first.APP_KEYS.split(',')).toHaveLength(4);
    expect((await stat(secretsFile(dataDir))).mode & 0o777).toBe(0o600);
    expect(loadSecrets({}, dataDir, false)).toEqual(first);
    expect(await readFile(secretsFile(dataDir), 'utf8')).toContain(`JWT_SECRET=${first.JWT_SECRET}`);
  });

  it('lets the environment win over the file', () => {
    expect(loadSecrets({ JWT_SECRET: 'from-env' }, dataDir, false).JWT_SECRET).toBe('from-env');
  });

  it('stops production start-up when a secret is missing, naming it', () => {
    expect(() => loadSecrets({ APP_KEYS: 'a,b,c,d' }, dataDir, true)).toThrow(
      /API_TOKEN_SALT, ADMIN_JWT_SECRET, TRANSFER_TOKEN_SALT, JWT_SECRET, ENCRYPTION_KEY, PUBLISHER_SECRET are not set: in production every instance must share/,
    );
  });

  it('stops production start-up on placeholder or short secrets, without repeating a real value', () => {
    const strong = Object.fromEntries(
      SECRET_NAMES.map((name) => [
        name,
        name === 'APP_KEYS' ? 'k1Xw9vQe7Lm2Rt5Y,p0Zs8uNb3Hc6Jd4F' : `${name}-secret-0f3a9c7e1b5d`,
      ]),
    );
    expect(loadSecrets(strong, dataDir, true).JWT_SECRET).toBe(strong.JWT_SECRET);
    expect(() => loadSecrets({ ...strong, JWT_SECRET: 'toBeModified1' }, dataDir, true)).toThrow(
      /JWT_SECRET holds the placeholder "toBeModified1", which anyone can read.*openssl rand -base64 32/,
    );
    expect(() => loadSecrets({ ...strong, APP_KEYS: 'k1Xw9vQe7Lm2Rt5Y,short' }, dataDir, true)).toThrow(
      /APP_KEYS has a value of 5 characters, too short to be random/,
    );
    const shortSalt = 'x7Qp2Lm9';
    expect(() => loadSecrets({ ...strong, API_TOKEN_SALT: shortSalt }, dataDir, true)).toThrow(
      /API_TOKEN_SALT has a value of 8 characters/,
    );
    expect(() => loadSecrets({ ...strong, API_TOKEN_SALT: shortSalt }, dataDir, true)).not.toThrow(
      new RegExp(shortSalt),
    );
  });
});
