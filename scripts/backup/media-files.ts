/** The CMS's media files (Strapi's uploads folder): listed, copied and hashed. */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

export const sha256File = async (file: string): Promise<{ sha256: string; bytes: number }> => {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
};

/** Every file under dir, as '/'-separated paths relative to it, sorted; none when dir is absent. */
export const listFiles = async (dir: string): Promise<string[]> => {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
};

/**
 * Copies the files from one folder to another and hashes each copy: the hash is of what was
 * written, so a backup records what it holds and a restore checks what it put in place.
 */
export const copyHashed = async (
  from: string,
  to: string,
  files: string[],
  /** Why a listed file can be missing, and the fix, for the error. */
  ifMissing: string,
): Promise<{ hashes: Record<string, string>; bytes: number }> => {
  const hashes: Record<string, string> = {};
  let bytes = 0;
  for (const file of files) {
    const source = path.join(from, file);
    if (!existsSync(source)) throw new Error(`the media file ${file} is missing from ${from}: ${ifMissing}`);
    const target = path.join(to, file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target);
    const copied = await sha256File(target);
    hashes[file] = copied.sha256;
    bytes += copied.bytes;
  }
  return { hashes, bytes };
};
