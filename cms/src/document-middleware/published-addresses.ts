/**
 * Keeps the published-address record (content-types/model/records/published-address.ts): after
 * a document is published, or a term with pages of its own saved (terms have no drafts), the slug
 * of each published language version is recorded once. A rename saved in a draft is not public,
 * so it is recorded only when published; nothing is ever removed, so deleted and unpublished
 * documents keep their addresses (the site answers them with "no longer available"). When
 * another document later takes over a slug, the address follows it.
 */
import type { Core } from '@strapi/strapi';
import { isDocumentType, model } from '../generated-model';
import { typeName } from '../import/import-paths';

export const ADDRESSES_UID = 'api::published-address.published-address';

/** Whether the record keeps addresses of this type: every document type, and taxonomies with term pages. */
export const keepsAddresses = (strapi: Core.Strapi, uid: string): boolean => {
  const values = (strapi.contentType(ADDRESSES_UID as never)?.attributes as Record<string, { enum?: string[] }>)
    ?.documentType?.enum;
  return Boolean(values?.includes(typeName(uid)));
};

interface AddressRow {
  documentId: string;
  locale: string;
  slug: string;
  permanentId?: string | null;
}

/** Records each row's address once; an address another document or term held before now leads to this one. */
const recordRows = async (strapi: Core.Strapi, uid: string, rows: AddressRow[]): Promise<void> => {
  const addresses = strapi.documents(ADDRESSES_UID as never);
  const documentType = typeName(uid);
  for (const row of rows) {
    const where = { documentType, language: row.locale, slug: row.slug };
    const existing = (await addresses.findFirst({ filters: where } as never)) as {
      documentId: string;
      document: string;
    } | null;
    const data = { document: row.documentId, permanentId: row.permanentId ?? null };
    if (!existing) await addresses.create({ data: { ...where, ...data } } as never);
    else if (existing.document !== row.documentId)
      await addresses.update({ documentId: existing.documentId, data } as never);
  }
};

const fieldsOf = (uid: string) =>
  isDocumentType(uid) ? ['documentId', 'locale', 'slug', 'permanentId'] : ['documentId', 'locale', 'slug'];

export const recordPublishedAddresses = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale?: string,
): Promise<void> => {
  const rows = (await strapi.db.query(uid as never).findMany({
    select: fieldsOf(uid),
    where: { documentId, publishedAt: { $notNull: true }, ...(locale && locale !== '*' ? { locale } : {}) },
  })) as AddressRow[];
  await recordRows(strapi, uid, rows);
};

/**
 * At start-up, the current address of every term with a page that has none recorded yet: terms
 * saved before the record kept them, or written straight to the database, keep their address
 * from here on. Reads what is recorded once per taxonomy, so a start with nothing new is quick.
 */
export const recordTermAddresses = async (strapi: Core.Strapi): Promise<void> => {
  for (const uid of model.taxonomies.filter((name) => keepsAddresses(strapi, name))) {
    const documentType = typeName(uid);
    const recorded = (await strapi.db.query(ADDRESSES_UID as never).findMany({
      select: ['language', 'slug', 'document'],
      where: { documentType },
    })) as { language: string; slug: string; document: string }[];
    const known = new Set(recorded.map(({ language, slug, document }) => `${language} ${slug} ${document}`));
    const rows = (await strapi.db.query(uid as never).findMany({
      select: fieldsOf(uid),
      where: { publishedAt: { $notNull: true } },
    })) as AddressRow[];
    const missing = rows.filter((row) => row.slug && !known.has(`${row.locale} ${row.slug} ${row.documentId}`));
    if (missing.length > 0) {
      await recordRows(strapi, uid, missing);
      strapi.log.info(
        `Recorded the addresses of ${missing.length} ${documentType} pages, so they keep working when renamed.`,
      );
    }
  }
};
