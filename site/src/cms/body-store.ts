/**
 * Document bodies live beside Astro's content store, not in it: the store is bundled whole into
 * the build, and bodies are most of its weight (at 10,000 documents, over a hundred megabytes
 * and gigabytes of memory). Each body is kept once, under the hash of its content, and read back
 * only by the page that renders it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Blocks } from '@resource-hub/content-types';

const bodiesDir = (cacheDir: string) => path.join(cacheDir, 'bodies');

/** Keeps a body; returns the key the page reads it back with. */
export const putBody = async (cacheDir: string, body: Blocks): Promise<string> => {
  const json = JSON.stringify(body);
  const key = createHash('sha256').update(json).digest('hex').slice(0, 32);
  const file = path.join(bodiesDir(cacheDir), `${key}.json`);
  if (!existsSync(file)) {
    await mkdir(bodiesDir(cacheDir), { recursive: true });
    const partial = `${file}.${randomUUID()}.part`;
    await writeFile(partial, json);
    await rename(partial, file);
  }
  return key;
};

export const readBody = (cacheDir: string, key: string): Blocks => JSON.parse(readFileSync(path.join(bodiesDir(cacheDir), `${key}.json`), 'utf8')) as Blocks;
