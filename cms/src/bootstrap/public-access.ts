/**
 * The Public role may read the library (find and findOne on documents and taxonomies, find on the
 * home page settings) and do nothing else: no sign-up, no writes, no user listing. Anything else
 * found on the role is removed.
 */
import type { Core } from '@strapi/strapi';
import { model } from '../generated-model';

export const PUBLIC_ACTIONS: string[] = [
  ...[...model.documentTypes, ...model.taxonomies].flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  // A single type has one entry per language: find is all there is.
  ...model.settings.map((uid) => `${uid}.find`),
];

export const restrictPublicRole = async (strapi: Core.Strapi): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions "public" role is missing; the database may be damaged.');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const current = await permissions.findMany({ where: { role: role.id } });
  const extra = current.filter((permission: { action: string }) => !PUBLIC_ACTIONS.includes(permission.action));
  if (extra.length > 0)
    await permissions.deleteMany({ where: { id: { $in: extra.map((p: { id: number }) => p.id) } } });
  const have = new Set(current.map((permission: { action: string }) => permission.action));
  for (const action of PUBLIC_ACTIONS.filter((a) => !have.has(a)))
    await permissions.create({ data: { action, role: role.id } });

  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false)
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
};
