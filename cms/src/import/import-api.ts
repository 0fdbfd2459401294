/**
 * POST /api/import: one file (multipart field "file", optional "type" and "locale") into one
 * draft. Registered as an API of its own, so Strapi knows its action (api::import.import.create)
 * and only an API token given it may call it (`npm run import` uses one); the Public role never
 * has it. cms/src/api/ holds the generated types only.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { importFile } from './import-file';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
}

interface ImportContext {
  request: { files?: Record<string, UploadedFile | UploadedFile[]>; body?: Record<string, unknown> };
  body: unknown;
  badRequest(message: string): void;
}

const field = (body: Record<string, unknown> | undefined, name: string) => {
  const value = body?.[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** The name as the editor had it, without folders or control characters. */
export const fileNameOf = (upload: UploadedFile) =>
  path.basename((upload.originalFilename ?? 'file').replace(/\\/g, '/')).replace(/\p{Cc}/gu, '');

export const registerImportApi = (strapi: Core.Strapi): void => {
  strapi.get('apis').add('import', {
    routes: {
      import: {
        type: 'content-api',
        routes: [{ method: 'POST', path: '/import', handler: 'import.create', config: { policies: [] } }],
      },
    },
    controllers: {
      import: () => ({
        async create(ctx: ImportContext) {
          const sent = ctx.request.files?.file;
          const upload = Array.isArray(sent) ? sent[0] : sent;
          if (!upload)
            return ctx.badRequest(
              'Send one file as multipart form data in a field named "file" (and optionally "type", "locale").',
            );
          ctx.body = await importFile(strapi, {
            name: fileNameOf(upload),
            bytes: await readFile(upload.filepath),
            type: field(ctx.request.body, 'type'),
            locale: field(ctx.request.body, 'locale'),
          });
        },
      }),
    },
  });
};
