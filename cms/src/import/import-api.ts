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

/** A multipart request as Strapi's body parser leaves it. */
export interface ImportRequestBody {
  files?: Record<string, UploadedFile | UploadedFile[]>;
  body?: Record<string, unknown>;
}

interface ImportContext {
  request: ImportRequestBody;
  body: unknown;
  badRequest(message: string): void;
}

/** A text field of the form, trimmed; undefined when missing or blank. */
export const formText = ({ body }: ImportRequestBody, name: string) => {
  const value = body?.[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** The form's "file", with the name as the editor had it (no folders or control characters) and its bytes. */
export const uploadedFile = async ({ files }: ImportRequestBody) => {
  const sent = files?.file;
  const upload = Array.isArray(sent) ? sent[0] : sent;
  if (!upload) return undefined;
  const name = path.basename((upload.originalFilename ?? 'file').replace(/\\/g, '/')).replace(/\p{Cc}/gu, '');
  return { name, bytes: await readFile(upload.filepath) };
};

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
          const upload = await uploadedFile(ctx.request);
          if (!upload)
            return ctx.badRequest(
              'Send one file as multipart form data in a field named "file" (and optionally "type", "locale").',
            );
          ctx.body = await importFile(strapi, {
            ...upload,
            type: formText(ctx.request, 'type'),
            locale: formText(ctx.request, 'locale'),
          });
        },
      }),
    },
  });
};
