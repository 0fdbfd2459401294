import type { Core } from '@strapi/strapi';

/**
 * On an empty database Strapi creates a "Full Access" API token by itself. Nothing in the hub
 * needs one and a leaked one can rewrite the library, so it is removed; the site build uses a
 * read-only token made by `npm run create-build-token`.
 */
export const removeDefaultFullAccessToken = async (strapi: Core.Strapi): Promise<void> => {
  const tokens = strapi.db.query('admin::api-token');
  const removed = await tokens.deleteMany({ where: { type: 'full-access', name: 'Full Access' } });
  if (removed.count > 0) strapi.log.info('Removed the "Full Access" API token Strapi creates by default.');
};
