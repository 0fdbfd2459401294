/**
 * The content API serves published content only. Strapi 5 lets any role allowed to `find` read
 * drafts by adding `?status=draft` (a deliberate design choice upstream), and the v4-compatible
 * `publicationState=preview` does the same. The check sits in the Document Service, after
 * routing, so it holds however the path was spelled: every content API read by the Public role,
 * the site's build token or any other token is made with status=published, except the
 * publisher's draft-preview token asking for status=draft (see publishing/preview-token.ts).
 * Editors see drafts in the admin panel, whose reads are not content API reads.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { contentApiRead } from './read-query';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const PUBLISHED: Record<string, string> = { status: 'published', publicationState: 'live' };

const offending = (query: Record<string, unknown>): [string, unknown] | undefined =>
  Object.keys(PUBLISHED)
    .map((name): [string, unknown] => [name, query[name]])
    .find(([name, value]) => value !== undefined && value !== PUBLISHED[name]);

export const registerPublishedOnly = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    if (!READS.has(context.action)) return next();
    const read = await contentApiRead(strapi);
    if (!read) return next();
    const found = offending(read.query);
    const previewOfDraft = read.preview && found?.[0] === 'status' && found[1] === 'draft';
    if (found && !previewOfDraft) {
      const [name, value] = found;
      throw new errors.ValidationError(
        `Only published content is available here: "${name}=${String(value)}" is not allowed. Remove the "${name}" parameter (or use ${name}=${PUBLISHED[name]}); editors review drafts in the admin panel.`,
      );
    }
    if (!previewOfDraft) (context.params as { status?: string }).status = 'published';
    return next();
  });
};
