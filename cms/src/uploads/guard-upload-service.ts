/**
 * Every way a file enters the media library ends in the upload plugin's service: the admin
 * panel's uploads (one or several files, by URL too), the content API's, replacements, and the
 * seed's and bench's server-side uploads. Wrapping `upload` and `replace` there checks them all.
 * A request is taken whole or not at all: every file is checked before any is stored, and should
 * Strapi still fail on one (a name it refuses, a full disk), those it already stored are removed.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { UploadLimits } from '../env/read-env';
import { checkFile, type IncomingFile, UploadRefused } from './check-file';
import { loadFileType } from './detect-content';

/** The upload service's own field for the type it stores; it otherwise trusts the declared one. */
type CheckedFile = IncomingFile & { detectedMimeType?: string };

interface StoredFile {
  id: number;
}

interface UploadService {
  upload(
    input: { data: { fileInfo?: unknown } & Record<string, unknown>; files: CheckedFile | CheckedFile[] },
    opts?: unknown,
  ): Promise<StoredFile[]>;
  replace(
    id: unknown,
    input: { data: Record<string, unknown>; file: CheckedFile },
    opts?: unknown,
  ): Promise<StoredFile>;
  remove(file: StoredFile): Promise<unknown>;
}

const checkAll = async (files: CheckedFile[], limits: UploadLimits): Promise<void> => {
  const refusals: UploadRefused[] = [];
  // One at a time: each image is decoded once, and several at once would multiply the memory.
  for (const file of files) {
    try {
      file.detectedMimeType = (await checkFile(file, limits)).mime;
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      refusals.push(error);
    }
  }
  if (refusals.length === 0) return;
  const nothingStored =
    files.length > 1
      ? ` Nothing from this upload was stored: upload the ${files.length} files again once ${refusals.length > 1 ? 'these are' : 'this one is'} fixed.`
      : '';
  throw new errors.ValidationError(`${refusals.map((refusal) => refusal.message).join(' ')}${nothingStored}`, {
    refused: refusals.map(({ fileName, reason }) => ({ file: fileName, reason })),
  });
};

export const guardUploadService = async (strapi: Core.Strapi, limits: UploadLimits): Promise<void> => {
  await loadFileType();
  strapi.get('services').extend('plugin::upload.upload', (service: UploadService): UploadService => ({
    ...service,
    async upload({ data, files }, opts) {
      const list = Array.isArray(files) ? files : [files];
      await checkAll(list, limits);
      const infos = Array.isArray(data.fileInfo) ? data.fileInfo : [data.fileInfo];
      const stored: StoredFile[] = [];
      try {
        // One file per call, so what is already stored is known when a later one fails.
        for (const [index, file] of list.entries())
          stored.push(...(await service.upload({ data: { ...data, fileInfo: infos[index] }, files: file }, opts)));
      } catch (error) {
        for (const file of stored)
          await service
            .remove(file)
            .catch((removal: Error) =>
              strapi.log.error(
                `An upload failed part-way and file ${file.id} could not be removed again: ${removal.message}`,
              ),
            );
        throw error;
      }
      return stored;
    },
    async replace(id, { data, file }, opts) {
      await checkAll([file], limits);
      return service.replace(id, { data, file }, opts);
    },
  }));
};
