/**
 * Who is reading, as the router decided it: a Document Service read made while answering a
 * content API route (/api/..., however its path was spelled), by the public, the site's build
 * token or the publisher's preview token. Reads from the admin panel or from the CMS's own code
 * run outside any content API route and are not content API reads.
 */
import type { Core } from '@strapi/strapi';
import { isPreviewToken } from '../publishing/preview-token';

export interface ContentApiRead {
  /** The request's query string, as Strapi parsed it. */
  query: Record<string, unknown>;
  /** Whether the caller is the publisher's draft-preview token. */
  preview: boolean;
}

interface RequestContext {
  query: Record<string, unknown>;
  get(header: string): string;
  state: { route?: { info?: { type?: string } } };
}

// One request may make several reads (a list and its count); the token is looked up once.
const previewOf = new WeakMap<RequestContext, Promise<boolean>>();

export const contentApiRead = async (strapi: Core.Strapi): Promise<ContentApiRead | undefined> => {
  const ctx = strapi.requestContext.get() as RequestContext | undefined;
  if (ctx?.state?.route?.info?.type !== 'content-api') return undefined;
  if (!previewOf.has(ctx)) previewOf.set(ctx, isPreviewToken(strapi, ctx.get('authorization')));
  return { query: ctx.query, preview: await previewOf.get(ctx)! };
};
