/**
 * Slugs for documents and taxonomy terms, made by the one slug maker (slug-maker.ts) wherever
 * they are made: on create and when a new language is added (Document Service middleware, so
 * the seed, importers and tests get them too), and by the admin's Regenerate button (the
 * content manager's uid service, replaced here). Unique within the type and language.
 *
 * Replaced on a new version: an empty slug, the admin's placeholder made from the type's name
 * ("city-spotlight", kept by Strapi 5 however the title changes) and a slug copied from another
 * language by "Fill in from another locale", so a French version gets a French address.
 */
import type { Core } from '@strapi/strapi';
import { model, slugSource } from '../generated-model';
import { isPlaceholderSlug, versionSlug } from './slug-maker';

type Strapi = Core.Strapi;

const taken = async (strapi: Strapi, uid: string, field: string, slug: string, locale: string, documentId?: string) =>
  Boolean(
    await strapi.db.query(uid as never).findOne({
      select: ['id'],
      where: { [field]: slug, locale, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    }),
  );

/** The slugs of the document's versions in other languages, the default language's first. */
const otherSlugs = async (strapi: Strapi, uid: string, field: string, documentId: string, locale: string) => {
  const rows = (await strapi.db.query(uid as never).findMany({
    select: [field, 'locale'],
    where: { documentId, locale: { $ne: locale } },
  })) as Record<string, string>[];
  return rows
    .sort((a, b) => Number(b.locale === model.defaultLocale) - Number(a.locale === model.defaultLocale))
    .map((row) => row[field])
    .filter(Boolean);
};

/** A free slug for this version's title: "-2", "-3"… after it when another document has it. */
export const uniqueSlug = async (
  strapi: Strapi,
  uid: string,
  { title, locale, documentId }: { title: string; locale: string; documentId?: string },
): Promise<string | undefined> => {
  const source = slugSource(uid)!;
  const others = documentId ? await otherSlugs(strapi, uid, source.field, documentId, locale) : [];
  const base = versionSlug(title, others[0]);
  if (!base) return undefined;
  let candidate = base;
  for (let n = 2; await taken(strapi, uid, source.field, candidate, locale, documentId); n += 1)
    candidate = `${base}-${n}`;
  return candidate;
};

export const applySlug = async (
  strapi: Strapi,
  uid: string,
  params: { documentId?: string; locale?: string; data?: Record<string, unknown> },
  isNewLocale: boolean,
): Promise<void> => {
  const source = slugSource(uid);
  const data = params.data;
  if (!source || !data || !isNewLocale) return;
  const title = data[source.from];
  if (typeof title !== 'string' || !title.trim()) return;
  const locale = params.locale ?? model.defaultLocale;
  const current = data[source.field];
  if (typeof current === 'string' && current) {
    const placeholder = isPlaceholderSlug(current, uid);
    const copied =
      params.documentId !== undefined &&
      (await otherSlugs(strapi, uid, source.field, params.documentId, locale)).includes(current);
    if (!placeholder && !copied) return;
  }
  const slug = await uniqueSlug(strapi, uid, { title, locale, documentId: params.documentId });
  if (slug) data[source.field] = slug;
};

interface GenerateInput {
  contentTypeUID: string;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}

/** The admin's Regenerate button (POST /content-manager/uid/generate) makes the slug the server would. */
export const useSlugMakerForRegenerate = (strapi: Strapi): void => {
  const service = strapi.plugin('content-manager').service('uid') as {
    generateUIDField: (input: GenerateInput) => Promise<string>;
  };
  const stock = service.generateUIDField.bind(service);
  service.generateUIDField = async (input) => {
    const source = slugSource(input.contentTypeUID);
    const title = input.data?.[source?.from ?? ''];
    if (!source || source.field !== input.field || typeof title !== 'string' || !title.trim()) return stock(input);
    // The edit form sends the document's id as `id` ('' for a new document).
    const sent = input.data.documentId ?? input.data.id;
    const documentId = typeof sent === 'string' && sent ? sent : undefined;
    const locale = input.locale ?? model.defaultLocale;
    return (await uniqueSlug(strapi, input.contentTypeUID, { title, locale, documentId })) ?? stock(input);
  };
};
