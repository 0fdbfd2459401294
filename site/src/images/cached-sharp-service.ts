/**
 * Astro's sharp image service with a cache keyed by content: the original's bytes plus the
 * transform. Astro's own cache for remote images follows HTTP freshness, and the CMS serves
 * uploads with max-age=0, so every build re-encoded every image (AVIF costs seconds each).
 * Strapi never changes a file's bytes under a URL, so bytes are the right key: an image is encoded
 * once, whichever CMS origin or build directory it comes through, and survives rebuilds.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { readSiteConfig } from '../config/site-config.js';

const base = sharpService as LocalImageService;
const cacheDir = path.join(readSiteConfig().cacheDir, 'images');

const cacheKey = (input: Uint8Array, transform: Record<string, unknown>): string => {
  // src is where the bytes came from, not what they are: leave it out of the key.
  const { src: _src, ...rest } = transform;
  return createHash('sha256').update(input).update(JSON.stringify(rest, Object.keys(rest).sort())).digest('hex').slice(0, 32);
};

const service: LocalImageService = {
  ...base,
  async transform(input, transform, config) {
    const key = cacheKey(input, transform as Record<string, unknown>);
    const format = String(transform.format ?? 'webp');
    const file = path.join(cacheDir, `${key}.${format}`);
    try {
      return { data: new Uint8Array(await readFile(file)), format };
    } catch {
      // Not encoded yet.
    }
    const result = await base.transform(input, transform, config);
    await mkdir(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.part`;
    await writeFile(partial, result.data);
    await rename(partial, file);
    return result;
  },
};

export default service;
