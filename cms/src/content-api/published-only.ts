/**
 * The content API serves published content only. Strapi 5 lets any role allowed to `find` read
 * drafts by adding `?status=draft` (a deliberate design choice upstream), and the v4-compatible
 * `publicationState=preview` does the same. The check sits in the Document Service, after
 * routing, so it holds however the path was spelled: every content API read by the Public role,
 * the site's build token or any other token is made with status=published, except the
 * publisher's draft-preview token asking for status=draft (see publishing/preview-token.ts).
 * Editors see drafts in the admin panel, whose reads are not content API reads.
 *
 * A published read can still reach drafts through a join: `localizations` joins every row of the
 * document in other languages, drafts included, and a relation to a type with Draft & Publish
 * joins rows whose state the filter cannot see. Such filters and sorts are refused; populating a
 * relation is not, since Strapi populates the published versions of a published read.
 */
import { errors } from '@strapi/utils';
import type { RelationHop } from './read-params';
import { refuse } from './read-params';
import type { ContentApiRead } from './read-query';

const PUBLISHED: Record<string, string> = { status: 'published', publicationState: 'live' };

const offending = (query: Record<string, unknown>): [string, unknown] | undefined =>
  Object.keys(PUBLISHED)
    .map((name): [string, unknown] => [name, query[name]])
    .find(([name, value]) => value !== undefined && value !== PUBLISHED[name]);

/** Whether this read may see drafts: only the preview token asking for status=draft. */
export const readsDrafts = (read: ContentApiRead): boolean => {
  const found = offending(read.query);
  if (!found) return false;
  if (read.preview && found[0] === 'status' && found[1] === 'draft') return true;
  const [name, value] = found;
  throw new errors.ValidationError(
    `Only published content is available here: "${name}=${String(value)}" is not allowed. Remove the "${name}" parameter (or use ${name}=${PUBLISHED[name]}); editors review drafts in the admin panel.`,
  );
};

/** Refuses a filter or sort that crosses into rows that may be drafts. */
export const refuseDraftRelation = ({ parameter, field, target }: RelationHop): void => {
  if (field === 'localizations')
    return refuse(
      parameter,
      'filters and sorting cannot go through "localizations", whose other languages may be unpublished drafts',
      'Ask for the other language itself with locale=<code>.',
    );
  if (!target)
    return refuse(
      parameter,
      `filters and sorting cannot go through "${field}", which can link to any type`,
      `Remove the "${field}" part.`,
    );
  if (target.options?.draftAndPublish) {
    const address = `/api/${target.info?.pluralName ?? ''}`;
    refuse(
      parameter,
      `filters and sorting cannot go through "${field}", which links to ${target.info?.pluralName ?? 'documents'} that may have unpublished drafts`,
      `Filter those at ${address} instead, or populate "${field}" (populate[${field}]=true), which gives published documents only.`,
    );
  }
};
