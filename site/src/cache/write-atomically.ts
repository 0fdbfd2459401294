/**
 * Writes a file of the build caches so that it is either whole or absent: written aside under a
 * unique name, then renamed into place. An interrupted build, or two writers of the same file at
 * once (loaders run in parallel), never leave half a file to be trusted later.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const writeAtomically = async (file: string, data: string | Uint8Array): Promise<void> => {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.part`;
  await writeFile(partial, data);
  await rename(partial, file);
};
