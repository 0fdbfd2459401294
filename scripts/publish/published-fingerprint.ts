/**
 * A fingerprint of what the CMS has published: per type and language, how many entries and the
 * latest change. Stored with each release, it tells a restarted hub whether the live release is
 * still what is published (nothing to do) or not (events were missed while it was down: rebuild).
 */
import { createHash } from 'node:crypto';
import { LOCALES, contentTypes, strapiQuery } from '@resource-hub/content-types';

export const publishedFingerprint = async ({ url, token }: { url: string; token: string }): Promise<string> => {
  const parts = await Promise.all(
    contentTypes.flatMap((type) =>
      LOCALES.map(async (locale) => {
        const query = strapiQuery({ locale, fields: ['updatedAt'], sort: ['updatedAt:desc'], pagination: { page: 1, pageSize: 1 } });
        const response = await fetch(`${url}/api/${type.pluralName}?${query}`, { headers: { Authorization: `Bearer ${token}` } });
        if (!response.ok) throw new Error(`the CMS answered HTTP ${response.status} for ${type.pluralName} (${locale}) while checking what is published`);
        const body = (await response.json()) as { data: { updatedAt: string }[]; meta: { pagination: { total: number } } };
        return `${type.name}/${locale}:${body.meta.pagination.total}:${body.data[0]?.updatedAt ?? '-'}`;
      }),
    ),
  );
  return createHash('sha256').update(parts.join('\n')).digest('hex');
};
