/**
 * What a content API read may ask, checked in the Document Service after routing, where no
 * spelling of a path can go around it: published content only, no filter or sort through rows
 * that may be drafts, no condition the database cannot apply.
 */
import type { Core } from '@strapi/strapi';
import { checkFieldCondition } from './field-conditions';
import { readsDrafts, refuseDraftRelation } from './published-only';
import { walkReadParams } from './read-params';
import { contentApiRead } from './read-query';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

export const registerContentApiChecks = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    if (!READS.has(context.action)) return next();
    const read = await contentApiRead(strapi);
    if (!read) return next();
    const params = context.params as Record<string, unknown>;
    const drafts = readsDrafts(read);
    if (!drafts) params.status = 'published';
    walkReadParams(strapi, context.uid as string, params, {
      relation: drafts ? () => {} : refuseDraftRelation,
      condition: checkFieldCondition,
    });
    return next();
  });
};
