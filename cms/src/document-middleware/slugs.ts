/**
 * Strapi applies a uid field's `targetField` only in the admin UI; documents created from code
 * (seed, importers, tests) would get no slug. This fills it from the title (or name) on create
 * and when a new language is added, unique within the type and language. The admin UI also
 * offers a placeholder made from the type's name ("city-spotlight") before a title is typed and
 * keeps it afterwards; that placeholder is replaced too, or every new spotlight would live at
 * /city-spotlights/city-spotlight-N/.
 */
import type { Core } from '@strapi/strapi';
import slugify from 'slugify';
import { model, slugSource } from '../generated-model';

export const toSlug = (text: string): string =>
  slugify(text, { lower: true, strict: true, trim: true }).slice(0, 80).replace(/-+$/, '');

const taken = async (
  strapi: Core.Strapi,
  uid: string,
  field: string,
  slug: string,
  locale: string,
  documentId?: string,
) =>
  Boolean(
    await strapi.db.query(uid as never).findOne({
      select: ['id'],
      where: { [field]: slug, locale, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    }),
  );

/** A slug for this language; titles in scripts slugify cannot spell (Arabic) reuse the default language's. */
const baseSlug = async (strapi: Core.Strapi, uid: string, field: string, text: string, documentId?: string) => {
  const fromText = toSlug(text);
  if (fromText) return fromText;
  if (documentId) {
    const other = await strapi.db
      .query(uid as never)
      .findOne({ select: [field], where: { documentId, locale: model.defaultLocale } });
    if (other?.[field]) return other[field] as string;
  }
  return uid.split('.').pop() as string;
};

export const applySlug = async (
  strapi: Core.Strapi,
  uid: string,
  params: { documentId?: string; locale?: string; data?: Record<string, unknown> },
  isNewLocale: boolean,
): Promise<void> => {
  const source = slugSource(uid);
  const data = params.data;
  if (!source || !data || !isNewLocale) return;
  const typeName = uid.split('.').pop() as string;
  const current = data[source.field];
  const placeholder = typeof current === 'string' && new RegExp(`^${typeName}(-\\d+)?$`).test(current);
  if (current && !placeholder) return;
  const text = data[source.from];
  if (typeof text !== 'string' || !text.trim()) return;
  const locale = params.locale ?? model.defaultLocale;
  const base = await baseSlug(strapi, uid, source.field, text, params.documentId);
  let candidate = base;
  for (let n = 2; await taken(strapi, uid, source.field, candidate, locale, params.documentId); n += 1)
    candidate = `${base}-${n}`;
  data[source.field] = candidate;
};
