/**
 * The publisher's draft-reading token, by name: created at start beside the site's build token
 * (scripts/lib/build-token.ts), and the only caller the content API serves drafts to (see
 * content-api/published-only.ts). Strapi gives tokens no right to drafts of their own, so the
 * guard recognises this one token by the hash Strapi stores of it.
 */
import type { Core } from '@strapi/strapi';

export const PREVIEW_TOKEN_NAME = 'Draft previews (read-only)';

interface TokenService {
  hash(accessKey: string): string;
}

/** Whether the request's bearer token is the draft-preview token. */
export const isPreviewToken = async (strapi: Core.Strapi, authorization: string | undefined): Promise<boolean> => {
  const accessKey = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!accessKey) return false;
  const stored = await strapi.db
    .query('admin::api-token')
    .findOne({ where: { name: PREVIEW_TOKEN_NAME }, select: ['accessKey', 'expiresAt'] });
  if (!stored || (stored.expiresAt && new Date(stored.expiresAt) < new Date())) return false;
  return (
    (strapi.service('admin::api-token-content-api') as unknown as TokenService).hash(accessKey) === stored.accessKey
  );
};
