/**
 * Keeps the published-address record (content-types/model/records/published-address.ts): after
 * a document is published, the slug of each published language version is recorded once. A
 * rename saved in a draft is not public, so it is recorded only when published; nothing is ever
 * removed, so deleted and unpublished documents keep their addresses (the site answers them with
 * "no longer available"). When another document later takes over a slug, the address follows it.
 */
import type { Core } from '@strapi/strapi';

export const ADDRESSES_UID = 'api::published-address.published-address';

interface PublishedRow {
  locale: string;
  slug: string;
  permanentId: string | null;
}

export const recordPublishedAddresses = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale?: string,
): Promise<void> => {
  const rows = (await strapi.db.query(uid as never).findMany({
    select: ['locale', 'slug', 'permanentId'],
    where: { documentId, publishedAt: { $notNull: true }, ...(locale && locale !== '*' ? { locale } : {}) },
  })) as PublishedRow[];
  const addresses = strapi.documents(ADDRESSES_UID as never);
  const documentType = uid.split('.').at(-1)!;
  for (const row of rows) {
    const where = { documentType, language: row.locale, slug: row.slug };
    const existing = (await addresses.findFirst({ filters: where } as never)) as {
      documentId: string;
      document: string;
    } | null;
    if (!existing)
      await addresses.create({ data: { ...where, document: documentId, permanentId: row.permanentId } } as never);
    else if (existing.document !== documentId)
      await addresses.update({
        documentId: existing.documentId,
        data: { document: documentId, permanentId: row.permanentId },
      } as never);
  }
};
