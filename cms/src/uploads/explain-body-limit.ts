/**
 * Strapi's body parser stops reading an upload request past the body limit and answers only
 * "FileTooBig". This middleware goes just before it (config/middlewares.ts) and puts the limits
 * and the fix in that answer.
 */
import type { UploadLimits } from '../env/read-env';
import { MB, requestBodyBytes } from './limits';

interface Context {
  status: number;
  body: unknown;
}

export default (limits: UploadLimits) => {
  const message = `This upload is over ${requestBodyBytes(limits) / MB} MB, so the CMS stopped reading it: a file may be at most ${limits.maxImageMb} MB for an image or ${limits.maxPdfMb} MB for a PDF. Make the file smaller, send large files one at a time, and upload again.`;
  return async (ctx: Context, next: () => Promise<void>): Promise<void> => {
    await next();
    const error = (ctx.body as { error?: { message?: string } } | undefined)?.error;
    if (ctx.status === 413 && error?.message === 'FileTooBig') error.message = message;
  };
};
