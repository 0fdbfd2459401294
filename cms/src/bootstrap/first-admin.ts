import type { Core } from '@strapi/strapi';
import { hubConfig } from '../env';

/** The first administrator comes from ADMIN_EMAIL / ADMIN_PASSWORD, so no one has to click through a sign-up. */
export const createFirstAdmin = async (strapi: Core.Strapi): Promise<void> => {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const { email, password } = hubConfig().config.admin;
  await users.createFirstAdmin({ email, password, firstname: 'Hub', lastname: 'Administrator' });
  strapi.log.info(`Created the first administrator, ${email}.`);
};
