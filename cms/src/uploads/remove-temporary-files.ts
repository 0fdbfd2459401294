/**
 * Strapi's body parser writes each uploaded file to the temporary folder and removes them only
 * when the request succeeds, and only those sent as "files": every refused upload (an error
 * thrown, a 401 or 403 after parsing, another field name) left its files there, so an uploader
 * could fill the disk. This goes just after the body parser (config/middlewares.ts) and removes
 * every file the request brought, whatever the outcome, before the answer leaves.
 */
import { rm } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';

interface TemporaryFile {
  filepath?: string;
}

interface Context {
  request: { files?: Record<string, TemporaryFile | TemporaryFile[]> };
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>): Promise<void> => {
    try {
      await next();
    } finally {
      const paths = Object.values(ctx.request.files ?? {})
        .flat()
        .flatMap((file) => (file.filepath ? [file.filepath] : []));
      await Promise.all(
        paths.map((filepath) =>
          rm(filepath, { force: true }).catch((error: Error) =>
            strapi.log.error(`An upload's temporary file ${filepath} could not be removed: ${error.message}`),
          ),
        ),
      );
    }
  };
