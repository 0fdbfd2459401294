/**
 * Entries and their bodies live beside Astro's content store, not in it. Astro turns the whole
 * store into one JavaScript module at every build, so its size is paid in bundling time on each
 * publish (1.5 s at 1,000 documents) and in memory at scale; bodies alone would weigh over a
 * hundred megabytes at 10,000 documents. The store keeps a small stub per entry; each entry and
 * each body is kept once, under the hash of its content, and read back when the library loads
 * (entries) or when its page renders (bodies).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../cache/write-atomically.js';

export type EntryStoreKind = 'entries' | 'bodies';

/** Keeps a value; returns the key (a hash of its content) it is read back with. */
export const putStored = async (cacheDir: string, kind: EntryStoreKind, value: unknown): Promise<string> => {
  const json = JSON.stringify(value);
  const key = createHash('sha256').update(json).digest('hex').slice(0, 32);
  const file = path.join(cacheDir, kind, `${key}.json`);
  if (!existsSync(file)) await writeAtomically(file, json);
  return key;
};

export const readStored = <T>(cacheDir: string, kind: EntryStoreKind, key: string): T =>
  JSON.parse(readFileSync(path.join(cacheDir, kind, `${key}.json`), 'utf8')) as T;
