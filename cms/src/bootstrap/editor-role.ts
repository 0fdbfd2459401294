/**
 * Strapi's Editor role, made fit for the hub's editors. Strapi makes it on first start, before
 * the hub's languages exist, and with only create, read and update on our types: editors saw an
 * empty Content Manager, and the Publish button was refused ("Policy Failed"). Every permission
 * on our types gets every language where none was ever chosen (an administrator's later choice
 * is left alone), and the Editor role gets delete, and publish where a type has drafts, and the
 * home page settings.
 */
import type { Core } from '@strapi/strapi';
import { model } from '../generated-model';

const ROLES = ['strapi-editor', 'strapi-author'];
const EXPLORER = 'plugin::content-manager.explorer';

type PermissionRow = { id: number; action: string; subject: string; properties: Record<string, unknown> | null };

const giveEveryLanguage = async (strapi: Core.Strapi, subjects: string[], locales: string[]) => {
  const permissions = strapi.db.query('admin::permission');
  const rows = (await permissions.findMany({
    where: { role: { code: { $in: ROLES } }, subject: { $in: subjects }, action: { $startsWith: `${EXPLORER}.` } },
  })) as PermissionRow[];
  for (const row of rows) {
    if (row.properties && 'locales' in row.properties) continue;
    await permissions.update({ where: { id: row.id }, data: { properties: { ...row.properties, locales } } });
  }
};

const giveEditorsPublishing = async (strapi: Core.Strapi, locales: string[]) => {
  const permissions = strapi.db.query('admin::permission');
  const editor = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  if (!editor) return;
  const wanted = [
    ...[...model.documentTypes, ...model.taxonomies].map((subject) => ({ subject, action: `${EXPLORER}.delete` })),
    ...[...model.documentTypes, ...model.settings].map((subject) => ({ subject, action: `${EXPLORER}.publish` })),
    // Settings added to the model after Strapi made the role would otherwise be out of editors' reach.
    ...model.settings.flatMap((subject) =>
      ['create', 'read', 'update'].map((action) => ({ subject, action: `${EXPLORER}.${action}` })),
    ),
  ];
  const existing = (await permissions.findMany({
    where: { role: { id: editor.id }, action: { $in: wanted.map((w) => w.action) } },
  })) as PermissionRow[];
  for (const { subject, action } of wanted) {
    if (existing.some((row) => row.subject === subject && row.action === action)) continue;
    await permissions.create({
      data: { action, actionParameters: {}, subject, properties: { locales }, conditions: [], role: editor.id },
    });
  }
};

const removeFromEditors = async (strapi: Core.Strapi, which: Record<string, unknown>) => {
  const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: ROLES } } });
  await strapi.db.query('admin::permission').deleteMany({
    where: { role: { id: { $in: roles.map((role: { id: number }) => role.id) } }, ...which },
  });
};

export const giveEditorsEveryLanguage = async (strapi: Core.Strapi): Promise<void> => {
  const locales = model.locales.map((locale) => locale.code);
  await giveEveryLanguage(strapi, [...model.documentTypes, ...model.taxonomies, ...model.settings], locales);
  await giveEditorsPublishing(strapi, locales);
  // Records are the CMS's own (the published addresses): out of editors' lists, menus and reach
  // to change; super admins can still read them.
  await removeFromEditors(strapi, { subject: { $in: model.records } });
  // Laying out the media library is an administrator's choice, not a tool editors need.
  await removeFromEditors(strapi, { action: 'plugin::upload.configure-view' });
};
