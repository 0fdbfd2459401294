import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATED_ROOTS, type GeneratedFile } from './generated-files.js';

export interface Drift {
  missing: string[];
  changed: string[];
  unexpected: string[];
}

const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : Promise.resolve([full]);
    }),
  );
  return nested.flat();
};

const toPosix = (relative: string) => relative.split(path.sep).join('/');

/** Compares what the model generates with what is on disk under `root`. */
export const findDrift = async (root: string, files: GeneratedFile[]): Promise<Drift> => {
  const expected = new Map(files.map((file) => [file.path, file.content]));
  const drift: Drift = { missing: [], changed: [], unexpected: [] };
  for (const file of files) {
    const onDisk = await readFile(path.join(root, file.path), 'utf8').catch(() => undefined);
    if (onDisk === undefined) drift.missing.push(file.path);
    else if (onDisk !== file.content) drift.changed.push(file.path);
  }
  for (const generatedRoot of GENERATED_ROOTS) {
    for (const full of await listFiles(path.join(root, generatedRoot))) {
      const relative = toPosix(path.relative(root, full));
      if (!expected.has(relative)) drift.unexpected.push(relative);
    }
  }
  return drift;
};

export const hasDrift = (drift: Drift) => drift.missing.length + drift.changed.length + drift.unexpected.length > 0;

export const describeDrift = (drift: Drift): string =>
  [
    ...drift.missing.map((file) => `  missing:    ${file}`),
    ...drift.changed.map((file) => `  out of date: ${file}`),
    ...drift.unexpected.map((file) => `  not from the model: ${file}`),
  ].join('\n');

/** Writes every generated file and removes files the model no longer produces. */
export const writeGenerated = async (root: string, files: GeneratedFile[]): Promise<Drift> => {
  const drift = await findDrift(root, files);
  for (const file of files) {
    if (!drift.missing.includes(file.path) && !drift.changed.includes(file.path)) continue;
    const target = path.join(root, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  for (const file of drift.unexpected) await rm(path.join(root, file));
  return drift;
};
