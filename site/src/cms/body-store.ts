/**
 * Document bodies live beside Astro's content store, not in it: the store is bundled whole into
 * the build, and bodies are most of its weight (at 10,000 documents, over a hundred megabytes
 * and gigabytes of memory). Each body is kept once, under the hash of its content, and read back
 * only by the page that renders it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Blocks } from '@resource-hub/content-types';
import { writeAtomically } from '../cache/write-atomically.js';

const bodiesDir = (cacheDir: string) => path.join(cacheDir, 'bodies');

/** Keeps a body; returns the key the page reads it back with. */
export const putBody = async (cacheDir: string, body: Blocks): Promise<string> => {
  const json = JSON.stringify(body);
  const key = createHash('sha256').update(json).digest('hex').slice(0, 32);
  const file = path.join(bodiesDir(cacheDir), `${key}.json`);
  if (!existsSync(file)) await writeAtomically(file, json);
  return key;
};

export const readBody = (cacheDir: string, key: string): Blocks => JSON.parse(readFileSync(path.join(bodiesDir(cacheDir), `${key}.json`), 'utf8')) as Blocks;
