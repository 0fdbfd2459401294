/** The files an import is given: named ones as they are, folders searched for the kinds it reads. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '@resource-hub/cms/import/extract-document';

export class ImportCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportCommandError';
  }
}

const importable = (file: string) => path.extname(file).toLowerCase() in IMPORTABLE_EXTENSIONS;

const inFolder = async (folder: string): Promise<string[]> => {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && importable(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
};

/** Every file to import, once, in a stable order; a path that is not there stops the command before anything is sent. */
export const collectFiles = async (paths: string[]): Promise<string[]> => {
  if (paths.length === 0)
    throw new ImportCommandError(
      'Name the files or folders to import, e.g. `npm run import -- ~/Downloads/reports` or `npm run import -- --type guide guide.pdf`.',
    );
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info)
      throw new ImportCommandError(
        `There is no file or folder at "${given}": check the path and run the import again.`,
      );
    files.push(...(info.isDirectory() ? await inFolder(given) : [given]));
  }
  return [...new Set(files.map((file) => path.resolve(file)))];
};
