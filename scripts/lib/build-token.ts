/**
 * The site build and the draft previews read the CMS with their own API tokens: custom tokens
 * allowed only find and findOne on the library's types, the same as the Public role, and find on
 * the published addresses. Never a full-access token.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from '@resource-hub/cms/bootstrap/public-access';
import { model } from '@resource-hub/cms/generated-model';
import { PREVIEW_TOKEN_NAME } from '@resource-hub/cms/publishing/preview-token';

export const BUILD_TOKEN_NAME = 'Site build (read-only)';

/** Creates a custom token allowed only `permissions`, replacing an earlier one of the same name; returns its secret. */
export const createApiToken = async (
  strapi: Core.Strapi,
  { name, description, permissions }: { name: string; description: string; permissions: string[] },
): Promise<string> => {
  const tokens = strapi.service('admin::api-token-content-api');
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name } });
  if (existing) await tokens.revoke(existing.id);
  const token = await tokens.create({ name, description, type: 'custom', lifespan: null, permissions });
  return token.accessKey as string;
};

/** A find-and-findOne token: what the public reads, and the published addresses, which the site turns into redirects. */
const createReadOnlyToken = (strapi: Core.Strapi, name: string, description: string): Promise<string> =>
  createApiToken(strapi, {
    name,
    description,
    permissions: [...PUBLIC_ACTIONS, ...model.records.map((uid) => `${uid}.find`)],
  });

export const createBuildToken = (strapi: Core.Strapi): Promise<string> =>
  createReadOnlyToken(
    strapi,
    BUILD_TOKEN_NAME,
    'Used by the site build to read published content. Read-only: find and findOne only.',
  );

/**
 * The publisher's own token for draft previews: the only token the CMS serves drafts to (see
 * cms/src/content-api/published-only.ts); the build token is refused them. Either can be revoked
 * in Settings > API Tokens without the other.
 */
export const createPreviewToken = (strapi: Core.Strapi): Promise<string> =>
  createReadOnlyToken(
    strapi,
    PREVIEW_TOKEN_NAME,
    'Used by the publisher to render one draft for the Preview panel. Read-only: find and findOne only.',
  );
