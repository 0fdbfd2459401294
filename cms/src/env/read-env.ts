/**
 * Every setting the CMS reads from the environment, checked once at start-up. A bad value stops
 * start-up with one line naming the variable, the value, what is allowed and how to fix it.
 */
import path from 'node:path';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'PUBLISHER_SECRET',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** Local defaults, named in the README; production refuses them. */
export const LOCAL_ACCOUNTS = {
  admin: { email: 'admin@resource-hub.local', password: 'Hub-Admin-2026' },
  editor: { email: 'editor@resource-hub.local', password: 'Hub-Editor-2026' },
} as const;

/** What the media library accepts (see cms/src/uploads); sizes in MB of 1,048,576 bytes. */
export interface UploadLimits {
  maxImageMb: number;
  maxImageMegapixels: number;
  maxPdfMb: number;
}

/**
 * Strapi processes images with sharp's default pixel limit (268,402,689 pixels): an image above
 * it fails inside Strapi with a bare error, so a larger setting would accept what cannot be stored.
 */
const MAX_IMAGE_MEGAPIXELS = 268;

/**
 * Where uploaded files live: the data directory, or an S3-compatible bucket through Strapi's own
 * provider (@strapi/provider-upload-aws-s3), which several CMS instances can share.
 */
export type UploadStorage =
  | { provider: 'local' }
  | {
      provider: 's3';
      bucket: string;
      region: string;
      /** Another S3-compatible service (MinIO, Scaleway, OVH…); AWS when unset. */
      endpoint?: string;
      /** The address files are read from (a CDN), when not the bucket's own. */
      publicUrl?: string;
      accessKeyId: string;
      secretAccessKey: string;
    };

export interface HubConfig {
  production: boolean;
  dataDir: string;
  host: string;
  port: number;
  sitePort: number;
  publisherPort: number;
  /** Where the CMS sends content events (signed with PUBLISHER_SECRET); none when unset. */
  publisherUrl?: string;
  /** Where editors' browsers reach the publisher's draft previews (PREVIEW_URL, else PUBLISHER_URL). */
  previewUrl?: string;
  publicUrl: string;
  logLevel: 'error' | 'warn' | 'info' | 'debug';
  database: { client: 'sqlite'; filename: string } | { client: 'postgres'; connectionString: string; schema: string };
  uploadsDir: string;
  uploads: UploadLimits;
  storage: UploadStorage;
  admin: { email: string; password: string };
  editor: { email: string; password: string };
  /** Origins (scheme://host[:port]) whose scripts may read the content API; the admin is same-origin only. */
  corsOrigins: string[];
  /** The media library's upload from URL, which makes the CMS fetch what an editor names; off by default. */
  uploadFromUrl: boolean;
}

const oneOf = <T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T => {
  const value = env[name]?.trim() || fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new ConfigError(
      `${name}="${value}" is not allowed: use one of ${allowed.join(', ')} (or leave it unset for ${fallback}).`,
    );
  return value as T;
};

const port = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new ConfigError(
      `${name}="${raw}" is not a port: use a whole number from 1 to 65535, e.g. ${name}=${fallback + 1}.`,
    );
  return value;
};

const url = (env: Env, name: string, fallback: string): string => {
  const raw = env[name]?.trim() || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name}="${raw}" is not a URL: give a full address such as http://127.0.0.1:1337.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ConfigError(`${name}="${raw}" must start with http:// or https://.`);
  return raw.replace(/\/+$/, '');
};

/** The origin a browser would send for value, or undefined when value is more (a path, a query) or not a web address. */
const originOf = (value: string): string | undefined => {
  try {
    const parsed = new URL(value);
    const bare =
      parsed.pathname === '/' &&
      !parsed.search &&
      !parsed.hash &&
      !parsed.username &&
      !parsed.password &&
      !/[?#]$/.test(value);
    return bare && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
};

const origins = (env: Env, name: string): string[] => {
  const raw = env[name]?.trim();
  if (!raw) return [];
  const fix = `list each site as scheme, host and port only, separated by commas, e.g. ${name}=https://partner.example.org,http://localhost:3000 (or leave it unset to allow none)`;
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      if (item.includes('*'))
        throw new ConfigError(
          `${name}="${raw}" has the wildcard "${item}", which would let any site's scripts read the content API: ${fix}.`,
        );
      const origin = originOf(item);
      if (!origin) throw new ConfigError(`${name}="${raw}" has "${item}", which is not an origin: ${fix}.`);
      return origin;
    });
};

const DECIMAL = /^\d+(\.\d+)?$/;

const positiveNumber = (env: Env, name: string, fallback: number, unit: string): number => {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!DECIMAL.test(raw) || Number(raw) <= 0)
    throw new ConfigError(
      `${name}="${raw}" is not a number of ${unit}: use a number above 0, e.g. ${name}=${fallback} (or leave it unset for ${fallback}).`,
    );
  return Number(raw);
};

const uploadLimits = (env: Env): UploadLimits => {
  const maxImageMegapixels = positiveNumber(env, 'UPLOAD_MAX_IMAGE_MEGAPIXELS', 40, 'megapixels');
  if (maxImageMegapixels > MAX_IMAGE_MEGAPIXELS)
    throw new ConfigError(
      `UPLOAD_MAX_IMAGE_MEGAPIXELS="${env.UPLOAD_MAX_IMAGE_MEGAPIXELS!.trim()}" is more than Strapi's image processing can take (${MAX_IMAGE_MEGAPIXELS} megapixels): use at most ${MAX_IMAGE_MEGAPIXELS} (or leave it unset for 40).`,
    );
  return {
    maxImageMb: positiveNumber(env, 'UPLOAD_MAX_IMAGE_MB', 20, 'megabytes'),
    maxImageMegapixels,
    maxPdfMb: positiveNumber(env, 'UPLOAD_MAX_PDF_MB', 50, 'megabytes'),
  };
};

const S3_REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

const uploadStorage = (env: Env): UploadStorage => {
  if (oneOf(env, 'UPLOAD_PROVIDER', ['local', 's3'], 'local') === 'local') return { provider: 'local' };
  const missing = S3_REQUIRED.filter((name) => !env[name]?.trim());
  if (missing.length > 0)
    throw new ConfigError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: with UPLOAD_PROVIDER=s3 give the bucket, its region and an access key allowed to put, get and delete objects in it (see the README, Deployment).`,
    );
  const [bucket, region, accessKeyId, secretAccessKey] = S3_REQUIRED.map((name) => env[name]!.trim());
  return {
    provider: 's3',
    bucket,
    region,
    ...(env.S3_ENDPOINT?.trim() ? { endpoint: url(env, 'S3_ENDPOINT', '') } : {}),
    ...(env.S3_PUBLIC_URL?.trim() ? { publicUrl: url(env, 'S3_PUBLIC_URL', '') } : {}),
    accessKeyId,
    secretAccessKey,
  };
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const account = (env: Env, role: 'admin' | 'editor', production: boolean) => {
  const prefix = role.toUpperCase();
  const defaults = LOCAL_ACCOUNTS[role];
  const email = env[`${prefix}_EMAIL`]?.trim() || defaults.email;
  const password = env[`${prefix}_PASSWORD`] || defaults.password;
  if (!EMAIL.test(email))
    throw new ConfigError(`${prefix}_EMAIL="${email}" is not an e-mail address: use the form name@example.org.`);
  // Strapi's own rule for admin passwords, so a bad value fails here rather than deep inside Strapi.
  if (password.length < 8 || !/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password))
    throw new ConfigError(
      `${prefix}_PASSWORD is too weak: use at least 8 characters with a lower-case letter, a capital and a digit.`,
    );
  if (production) {
    if (password === defaults.password)
      throw new ConfigError(
        `${prefix}_PASSWORD is the public local default: in production set a password of your own.`,
      );
    if (password.length < 12)
      throw new ConfigError(`${prefix}_PASSWORD has ${password.length} characters: in production use at least 12.`);
    if (email === defaults.email)
      throw new ConfigError(`${prefix}_EMAIL="${email}" is the local default: in production set a real address.`);
  }
  return { email, password };
};

/** Reads and checks the whole configuration; `repoRoot` anchors relative paths. */
export const readEnv = (env: Env, repoRoot: string): HubConfig => {
  const production = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development') === 'production';
  const dataDir = path.resolve(repoRoot, env.HUB_DATA_DIR?.trim() || '.data');
  const host = env.CMS_HOST?.trim() || '127.0.0.1';
  const cmsPort = port(env, 'CMS_PORT', 1337);
  const publisherPort = port(env, 'PUBLISHER_PORT', 4322);
  const client = oneOf(env, 'DATABASE_CLIENT', ['sqlite', 'postgres'], 'sqlite');
  let database: HubConfig['database'];
  if (client === 'postgres') {
    const connectionString = env.DATABASE_URL?.trim();
    if (!connectionString)
      throw new ConfigError(
        'DATABASE_URL is not set: with DATABASE_CLIENT=postgres give the server address, e.g. DATABASE_URL=postgres://user@127.0.0.1:5432/hub.',
      );
    if (!/^postgres(ql)?:\/\//.test(connectionString))
      throw new ConfigError(
        `DATABASE_URL="${connectionString.replace(/:[^:@/]*@/, ':***@')}" is not a PostgreSQL address: it must start with postgres://.`,
      );
    database = { client, connectionString, schema: env.DATABASE_SCHEMA?.trim() || 'public' };
  } else {
    database = { client, filename: path.resolve(dataDir, env.DATABASE_FILENAME?.trim() || 'cms.db') };
  }
  return {
    production,
    dataDir,
    host,
    port: cmsPort,
    sitePort: port(env, 'SITE_PORT', 4321),
    publisherPort,
    publisherUrl: env.PUBLISHER_URL?.trim() ? url(env, 'PUBLISHER_URL', '') : undefined,
    previewUrl: env.PREVIEW_URL?.trim()
      ? url(env, 'PREVIEW_URL', '')
      : env.PUBLISHER_URL?.trim()
        ? url(env, 'PUBLISHER_URL', '')
        : undefined,
    publicUrl: url(env, 'CMS_URL', `http://${host}:${cmsPort}`),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'info', 'debug'], 'info'),
    database,
    uploadsDir: path.join(dataDir, 'public'),
    uploads: uploadLimits(env),
    storage: uploadStorage(env),
    admin: account(env, 'admin', production),
    editor: account(env, 'editor', production),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    uploadFromUrl: oneOf(env, 'UPLOAD_FROM_URL', ['true', 'false'], 'false') === 'true',
  };
};
