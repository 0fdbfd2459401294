/**
 * Media from the CMS, made the site's own: every file URL is resolved against the CMS origin and
 * checked against the allow-list (the CMS and MEDIA_ORIGINS), and attachments are downloaded into
 * a cache keyed by Strapi's content hash, so a file is fetched once and the site never hot-links.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Media } from '@resource-hub/content-types';
import { writeAtomically } from '../cache/write-atomically.js';
import { readFromCms } from './read-from-cms.js';

export class MediaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MediaError';
  }
}

/** Absolute URL of a media file, refused when its origin is not allowed. */
export const mediaSourceUrl = (
  media: Pick<Media, 'url' | 'name'>,
  cmsUrl: string,
  allowedOrigins: string[],
): string => {
  const url = new URL(media.url, cmsUrl);
  if (!allowedOrigins.includes(url.origin))
    throw new MediaError(
      `the file "${media.name}" is stored at ${url.origin}, which is not an allowed media origin (${allowedOrigins.join(', ')}): add it to MEDIA_ORIGINS if it is yours, or upload the file again in the CMS.`,
    );
  return url.href;
};

/** The file's name on the site: Strapi's hash keeps it unique, the extension keeps it usable. */
export const mediaFileName = (media: Pick<Media, 'url' | 'name'> & { hash?: unknown; ext?: unknown }): string => {
  const ext = (
    typeof media.ext === 'string' ? media.ext : path.extname(new URL(media.url, 'http://x').pathname)
  ).toLowerCase();
  const hash =
    typeof media.hash === 'string' && /^[\w-]+$/.test(media.hash)
      ? media.hash
      : createHash('sha256').update(media.url).digest('hex').slice(0, 16);
  return `${hash}${/^\.[a-z0-9]+$/.test(ext) ? ext : ''}`;
};

const download = async (sourceUrl: string, target: string): Promise<void> => {
  let response: Response;
  try {
    response = await readFromCms(sourceUrl);
  } catch (error) {
    throw new MediaError(
      `cannot download ${sourceUrl} (${(error as Error).message}): is the CMS or media host reachable?`,
    );
  }
  if (!response.ok)
    throw new MediaError(
      `downloading ${sourceUrl} failed with HTTP ${response.status}: check the file still exists in the CMS media library.`,
    );
  await writeAtomically(target, new Uint8Array(await response.arrayBuffer()));
};

// The loaders of several collections can ask for the same file at once: one download serves all.
const inFlight = new Map<string, Promise<void>>();

/** Downloads a file into the media cache unless it is already there; returns its cache path. */
export const cacheMediaFile = async (sourceUrl: string, fileName: string, cacheDir: string): Promise<string> => {
  const target = path.join(cacheDir, 'media', fileName);
  if (existsSync(target)) return target;
  let pending = inFlight.get(target);
  if (!pending) {
    pending = download(sourceUrl, target).finally(() => inFlight.delete(target));
    inFlight.set(target, pending);
  }
  await pending;
  return target;
};
