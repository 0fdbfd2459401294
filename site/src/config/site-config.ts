/**
 * The site build's settings, read once from the environment and checked: a bad value stops the
 * build with one line naming the variable, the value, why and how to fix it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repoRoot = path.resolve(siteDir, '..');

export class SiteConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteConfigError';
  }
}

export interface SiteConfig {
  /** Absolute origin for canonical URLs, sitemap and feeds, no trailing slash. */
  siteUrl: string;
  /** Path prefix the site is served under: '/' or '/prefix/'. */
  base: string;
  cmsUrl: string;
  /** Origins media may be fetched from at build: the CMS and MEDIA_ORIGINS. */
  mediaOrigins: string[];
  /**
   * Everything kept between builds: Astro's own cache (content store), downloaded media, encoded
   * images and PDF text. An empty directory means a cold build.
   */
  cacheDir: string;
  dataDir: string;
  /** Language versions per search shard (scripts/build/index-search.ts): what one publish indexes again. */
  searchShardDocuments: number;
}

const origin = (name: string, value: string): string => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteConfigError(`${name}="${value}" is not a URL: write it in full, e.g. https://resources.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SiteConfigError(`${name}="${value}" must start with http:// or https://`);
  return url.origin;
};

const normaliseBase = (value: string): string => {
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(value))
    throw new SiteConfigError(
      `SITE_BASE="${value}" is not a path prefix: use letters, digits, "-" and "/", e.g. /library/`,
    );
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
};

const positiveWhole = (name: string, value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new SiteConfigError(`${name}="${value}" must be a whole number of at least 1, e.g. ${name}=1000`);
  return number;
};

// A thousand language versions index in about 5 s on two cores: what a publish waits for. A
// language has 3 shards at most (scripts/build/index-search.ts), so a large library's are larger.
export const DEFAULT_SEARCH_SHARD_DOCUMENTS = 1000;

export const readSiteConfig = (env: NodeJS.ProcessEnv = process.env): SiteConfig => {
  const dataDir = path.resolve(repoRoot, env.HUB_DATA_DIR ?? '.data');
  const cmsUrl = origin('CMS_URL', env.CMS_URL ?? `http://127.0.0.1:${env.CMS_PORT ?? '1337'}`);
  const extraOrigins = (env.MEDIA_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => origin('MEDIA_ORIGINS', entry));
  return {
    siteUrl: origin('SITE_URL', env.SITE_URL ?? `http://127.0.0.1:${env.SITE_PORT ?? '4321'}`),
    base: normaliseBase(env.SITE_BASE ?? '/'),
    cmsUrl,
    mediaOrigins: [cmsUrl, ...extraOrigins],
    cacheDir: path.resolve(env.SITE_CACHE_DIR ?? path.join(siteDir, 'node_modules', '.cache', 'resource-hub')),
    dataDir,
    searchShardDocuments: positiveWhole(
      'SEARCH_SHARD_DOCUMENTS',
      env.SEARCH_SHARD_DOCUMENTS ?? String(DEFAULT_SEARCH_SHARD_DOCUMENTS),
    ),
  };
};

let current: SiteConfig | undefined;

/** This build's settings, read once: pages ask for them on every render. */
export const siteConfig = (): SiteConfig => (current ??= readSiteConfig());

/** The read-only build token: STRAPI_BUILD_TOKEN, or the file `npm run create-build-token` writes. */
export const readBuildToken = (config: SiteConfig, env: NodeJS.ProcessEnv = process.env): string => {
  if (env.STRAPI_BUILD_TOKEN) return env.STRAPI_BUILD_TOKEN;
  const file = path.join(config.dataDir, 'site-build.env');
  const fromFile = existsSync(file)
    ? /^STRAPI_BUILD_TOKEN=(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.trim()
    : undefined;
  if (fromFile) return fromFile;
  throw new SiteConfigError(
    `no build token: set STRAPI_BUILD_TOKEN, or run \`npm run create-build-token\` to write one to ${file}`,
  );
};
