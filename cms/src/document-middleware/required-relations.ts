/**
 * Strapi does not enforce required relations, so a city spotlight could be published without
 * its city. This refuses to publish until every relation the model marks required is set.
 */
import type { Core } from '@strapi/strapi';
import { requiredRelations } from '../generated-model';
import { fieldError } from './field-error';

const isSet = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const { connect, set } = value as { connect?: unknown[]; set?: unknown[] };
    if (connect || set) return Boolean(connect?.length || set?.length);
  }
  return true;
};

const refuse = (field: string, label: string) =>
  fieldError(field, `"${label}" is required before publishing: fill it in, save, then publish again.`);

/** Checks data about to be saved as published (create/update with status "published"). */
export const checkRequiredRelationsInData = async (
  strapi: Core.Strapi,
  uid: string,
  params: { documentId?: string; locale?: string; data?: Record<string, unknown> },
): Promise<void> => {
  for (const { field, label } of requiredRelations(uid)) {
    if (params.data && field in params.data) {
      if (!isSet(params.data[field])) throw refuse(field, label);
      continue;
    }
    if (!params.documentId) throw refuse(field, label);
    await checkRequiredRelationsOfDraft(strapi, uid, { documentId: params.documentId, locale: params.locale });
  }
};

/** Checks the stored draft(s) about to be published. */
export const checkRequiredRelationsOfDraft = async (
  strapi: Core.Strapi,
  uid: string,
  params: { documentId: string; locale?: string | string[] },
): Promise<void> => {
  const fields = requiredRelations(uid);
  if (fields.length === 0) return;
  const locales =
    params.locale === '*' || params.locale === undefined ? undefined : ([] as string[]).concat(params.locale);
  const drafts = await strapi.db.query(uid as never).findMany({
    where: { documentId: params.documentId, publishedAt: null, ...(locales ? { locale: { $in: locales } } : {}) },
    populate: Object.fromEntries(fields.map(({ field }) => [field, { select: ['id'] }])),
  });
  for (const draft of drafts)
    for (const { field, label } of fields) if (!isSet(draft[field])) throw refuse(field, label);
};
