/** A file a server consults on every request, parsed again only when it changes (a new release). */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const readWhenChanged = <T>(name: string, parse: (text: string) => T, absent: T) => {
  let cached: { key: string; value: T } | undefined;
  return async (root: string): Promise<T> => {
    const file = path.join(root, name);
    const stats = await stat(file).catch(() => undefined);
    if (!stats) return absent;
    const key = `${file}:${stats.mtimeMs}:${stats.size}`;
    if (cached?.key !== key) cached = { key, value: parse(await readFile(file, 'utf8')) };
    return cached.value;
  };
};
