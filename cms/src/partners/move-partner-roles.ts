/**
 * Documents once listed their partners in plain lists (every type's "Partners", an event's
 * "Organisers"); "Partners and their roles" replaces both, so a funder can be credited as one. At
 * each start the CMS moves what is left in the old lists into roles, draft and published rows
 * alike (organisers become co-organisers; other partners, whose role was never stated, partners)
 * and empties the lists. A row that already has roles keeps them; its old lists are emptied only.
 */
import type { Core } from '@strapi/strapi';
import { model } from '../generated-model';

const COMPONENT = 'shared.partner-role';
const FIELD = 'partnerRoles';

interface Row {
  id: number;
  documentId: string;
  partners?: { id: number }[];
  organisers?: { id: number }[];
  partnerRoles?: { id: number }[];
}

const hasField = (strapi: Core.Strapi, uid: string, field: string) =>
  Boolean((strapi.contentType(uid as never)?.attributes as Record<string, unknown>)?.[field]);

export const movePartnerRoles = async (strapi: Core.Strapi): Promise<void> => {
  let moved = 0;
  for (const uid of model.documentTypes) {
    const lists = ['partners', 'organisers'].filter((field) => hasField(strapi, uid, field));
    if (lists.length === 0 || !hasField(strapi, uid, FIELD)) continue;
    const rows = (await strapi.db.query(uid as never).findMany({
      select: ['id', 'documentId'],
      where: { $or: lists.map((field) => ({ [field]: { id: { $notNull: true } } })) },
      populate: Object.fromEntries([...lists, FIELD].map((field) => [field, { select: ['id'] }])),
    })) as Row[];
    for (const row of rows) {
      const organisers = (row.organisers ?? []).map(({ id }) => id);
      const others = (row.partners ?? []).map(({ id }) => id).filter((id) => !organisers.includes(id));
      const credits = [
        ...organisers.map((partner) => ({ partner, role: 'co-organiser' })),
        ...others.map((partner) => ({ partner, role: 'partner' })),
      ];
      const emptied = Object.fromEntries(lists.map((field) => [field, []]));
      if ((row.partnerRoles ?? []).length > 0) {
        await strapi.db.query(uid as never).update({ where: { id: row.id }, data: emptied as never });
        continue;
      }
      // As the Document Service stores a repeatable component: its rows, then links in order.
      const components = [];
      for (const credit of credits)
        components.push(
          (await strapi.db.query(COMPONENT as never).create({ data: credit as never })) as { id: number },
        );
      await strapi.db.query(uid as never).update({
        where: { id: row.id },
        data: {
          ...emptied,
          [FIELD]: components.map(({ id }) => ({ id, __pivot: { field: FIELD, component_type: COMPONENT } })),
        } as never,
      });
      moved += 1;
    }
  }
  if (moved > 0) strapi.log.info(`Moved the partners of ${moved} document versions into "Partners and their roles".`);
};
