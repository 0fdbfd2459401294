/**
 * The site build reads the CMS with its own API token: a custom token allowed only find and
 * findOne on the library's types, the same as the Public role. Never a full-access token.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from '../../cms/src/bootstrap/public-access.js';

export const BUILD_TOKEN_NAME = 'Site build (read-only)';

/** Creates the build token, replacing an earlier one of the same name; returns its secret. */
export const createBuildToken = async (strapi: Core.Strapi): Promise<string> => {
  const tokens = strapi.service('admin::api-token-content-api');
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: BUILD_TOKEN_NAME } });
  if (existing) await tokens.revoke(existing.id);
  const token = await tokens.create({
    name: BUILD_TOKEN_NAME,
    description: 'Used by the site build to read published content. Read-only: find and findOne only.',
    type: 'custom',
    lifespan: null,
    permissions: PUBLIC_ACTIONS,
  });
  return token.accessKey as string;
};
