/**
 * The content API serves published content only. Strapi 5 lets any role allowed to `find` read
 * drafts by adding `?status=draft` (a deliberate design choice upstream), and the v4-compatible
 * `publicationState=preview` does the same. This one guard closes both doors for every caller of
 * /api: the Public role, the site's build token and any other token, except the publisher's
 * draft-preview token asking for status=draft (see publishing/preview-token.ts). Editors see
 * drafts in the admin panel, which does not go through /api.
 */
import type { Core } from '@strapi/strapi';
import { isPreviewToken } from '../publishing/preview-token';

const DRAFT_PARAMS: Record<string, string> = { status: 'published', publicationState: 'live' };

const offending = (query: Record<string, unknown>): [string, unknown] | undefined =>
  Object.keys(DRAFT_PARAMS)
    .map((name): [string, unknown] => [name, query[name]])
    .find(([name, value]) => value !== undefined && value !== DRAFT_PARAMS[name]);

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  return async (
    ctx: { path: string; method: string; query: Record<string, unknown>; status: number; body: unknown; get(header: string): string },
    next: () => Promise<void>,
  ) => {
    if (ctx.path === prefix || ctx.path.startsWith(`${prefix}/`)) {
      const found = offending(ctx.query);
      const preview = found?.[0] === 'status' && found[1] === 'draft' && ctx.method === 'GET' && (await isPreviewToken(strapi, ctx.get('authorization')));
      if (found && !preview) {
        const [name, value] = found;
        ctx.status = 400;
        ctx.body = {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: `Only published content is available here: "${name}=${String(value)}" is not allowed. Remove the "${name}" parameter (or use ${name}=${DRAFT_PARAMS[name]}); editors review drafts in the admin panel.`,
            details: {},
          },
        };
        return;
      }
    }
    await next();
  };
};
