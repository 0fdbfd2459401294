/**
 * Strapi makes its Editor role on first start, before the hub's languages exist, so its
 * permissions name no language at all and editors would see an empty Content Manager. Where a
 * permission on our types has never been given languages, it gets all of them; languages an
 * administrator chose later are left alone.
 */
import type { Core } from '@strapi/strapi';
import { model } from '../generated-model';

const ROLES = ['strapi-editor', 'strapi-author'];

export const giveEditorsEveryLanguage = async (strapi: Core.Strapi): Promise<void> => {
  const subjects = [...model.documentTypes, ...model.taxonomies];
  const locales = model.locales.map((locale) => locale.code);
  const permissions = strapi.db.query('admin::permission');
  const rows = await permissions.findMany({
    where: { role: { code: { $in: ROLES } }, subject: { $in: subjects }, action: { $startsWith: 'plugin::content-manager.explorer.' } },
  });
  for (const row of rows as { id: number; properties: Record<string, unknown> | null }[]) {
    if (row.properties && 'locales' in row.properties) continue;
    await permissions.update({ where: { id: row.id }, data: { properties: { ...row.properties, locales } } });
  }
};
