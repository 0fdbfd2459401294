/**
 * Behaviour that must hold however a document is written (admin panel, seed, importers, tests)
 * lives here, in Document Service middleware, rather than in per-type controllers.
 */
import type { Core } from '@strapi/strapi';
import { isDocumentType, model, slugSource } from '../generated-model';
import { applyPermanentId } from './permanent-ids';
import { keepsAddresses, recordPublishedAddresses } from './published-addresses';
import { checkRequiredRelationsInData, checkRequiredRelationsOfDraft } from './required-relations';
import { checkSiteIdentity } from './site-identity';
import { checkEventSchedule, EVENT_REPORT } from '../events/check-event-schedule';
import { applySlug } from '../slugs/apply-slug';

interface WriteParams {
  documentId?: string;
  locale?: string;
  status?: 'draft' | 'published';
  data?: Record<string, unknown>;
}

const localeExists = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string) =>
  Boolean(await strapi.db.query(uid as never).findOne({ select: ['id'], where: { documentId, locale } }));

export const registerDocumentMiddleware = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    const params = context.params as WriteParams;
    if (model.settings.includes(uid)) {
      if (context.action === 'create' || context.action === 'update') await checkSiteIdentity(strapi, params.data);
      return next();
    }
    const ours = isDocumentType(uid) || model.taxonomies.includes(uid);
    if (!ours) return next();
    if (context.action === 'create' || context.action === 'update') {
      const locale = params.locale ?? model.defaultLocale;
      const isNewLocale =
        context.action === 'create' ||
        !params.documentId ||
        !(await localeExists(strapi, uid, params.documentId, locale));
      if (slugSource(uid)) await applySlug(strapi, uid, params, isNewLocale);
      if (isDocumentType(uid)) await applyPermanentId(strapi, uid, context.action, params);
      if (uid === EVENT_REPORT) await checkEventSchedule(strapi, params);
      if (params.status === 'published') await checkRequiredRelationsInData(strapi, uid, params);
    }
    if (context.action === 'publish' && params.documentId)
      await checkRequiredRelationsOfDraft(strapi, uid, { documentId: params.documentId, locale: params.locale });
    const result = await next();
    const saving = context.action === 'create' || context.action === 'update';
    // A term has no draft: every save is public.
    const publishing =
      context.action === 'publish' || (saving && (params.status === 'published' || !isDocumentType(uid)));
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (publishing && documentId && keepsAddresses(strapi, uid))
      await recordPublishedAddresses(strapi, uid, documentId, params.locale);
    return result;
  });
};
