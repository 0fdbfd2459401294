/**
 * Guides once said whom they were written for in free text ("Mayors, governors and their senior
 * advisers"); the Audience taxonomy replaces it, so readers can narrow the library by it. At each
 * start the CMS moves any text left into the guide's audiences (draft and published rows alike,
 * each linked to the audience in its own language) and clears it. Text that names no audience is
 * kept, hidden, and logged for an editor to set by hand: nothing is lost.
 */
import type { Core } from '@strapi/strapi';
import { audiencesNamedIn, STANDARD_AUDIENCES } from './standard-audiences';

const GUIDE = 'api::guide.guide';
const AUDIENCE = 'api::audience.audience';

interface GuideRow {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  audience: string;
  audiences?: { id: number }[];
}

interface AudienceRow {
  id: number;
  documentId: string;
  locale: string;
  name: string;
}

/** Each standard audience's rows by language, made (in every language) where it is missing. */
const audienceRows = async (strapi: Core.Strapi): Promise<Map<string, Map<string, number>>> => {
  const rows = new Map<string, Map<string, number>>();
  const documents = strapi.documents(AUDIENCE as never);
  for (const audience of STANDARD_AUDIENCES) {
    let [english] = (await strapi.db
      .query(AUDIENCE as never)
      .findMany({ where: { name: audience.name.en, locale: 'en' }, select: ['documentId'] })) as AudienceRow[];
    if (!english) {
      english = (await documents.create({ locale: 'en', data: { name: audience.name.en } as never })) as AudienceRow;
      for (const locale of ['fr', 'es', 'ar'] as const)
        await documents.update({
          documentId: english.documentId,
          locale,
          data: { name: audience.name[locale] } as never,
        });
    }
    const versions = (await strapi.db
      .query(AUDIENCE as never)
      .findMany({ where: { documentId: english.documentId }, select: ['id', 'locale'] })) as AudienceRow[];
    rows.set(audience.key, new Map(versions.map((row) => [row.locale, row.id])));
  }
  return rows;
};

export const moveAudienceText = async (strapi: Core.Strapi): Promise<void> => {
  const guides = (await strapi.db.query(GUIDE as never).findMany({
    where: { audience: { $notNull: true, $ne: '' } },
    select: ['id', 'documentId', 'locale', 'title', 'audience'],
    populate: { audiences: { select: ['id'] } },
  })) as GuideRow[];
  if (guides.length === 0) return;
  const audiences = await audienceRows(strapi);
  let moved = 0;
  for (const guide of guides) {
    const keys = audiencesNamedIn(guide.audience);
    if (keys.length === 0) {
      strapi.log.warn(
        `The guide "${guide.title}" (${guide.locale}) says it is written for "${guide.audience}", which names none of the audiences: choose them under "Written for" in the admin panel.`,
      );
      continue;
    }
    const ids = keys.flatMap((key) => audiences.get(key)?.get(guide.locale) ?? []);
    const existing = (guide.audiences ?? []).map(({ id }) => id);
    await strapi.db.query(GUIDE as never).update({
      where: { id: guide.id },
      data: { audiences: [...new Set([...existing, ...ids])], audience: null } as never,
    });
    moved += 1;
  }
  if (moved > 0) strapi.log.info(`Moved the "Written for" text of ${moved} guide versions into their audiences.`);
};
