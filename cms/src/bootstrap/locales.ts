import type { Core } from '@strapi/strapi';
import { model } from '../generated-model';

/** The languages of the model exist in Strapi, English the default. */
export const ensureLocales = async (strapi: Core.Strapi): Promise<void> => {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of model.locales) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name });
  }
  if ((await locales.getDefaultLocale()) !== model.defaultLocale)
    await locales.setDefaultLocale({ code: model.defaultLocale });
};
