/**
 * What the admin panel shows about the public library (see src/admin/): the live release,
 * whether a publish is under way, the last failure and, asked about one document, where each of
 * its language versions is on the site. An admin route, so only a signed-in editor or admin can
 * read it, and only of the types they may read; the CMS asks the publisher and answers in plain
 * terms when the publisher is not set up or cannot be reached, so a failed publish is never silent.
 */
import type { Core } from '@strapi/strapi';
import { isDocumentType, model } from '../generated-model';
import { ADDRESSES_UID } from '../document-middleware/published-addresses';
import { typeName } from '../import/import-paths';
import { documentPublishing, type DocumentPublishingInput, type VersionPublishing } from './document-publishing';

export const PUBLISHING_STATUS_PATH = '/hub/publishing-status';

type LiveDocument = DocumentPublishingInput['live'];

export type PublishingStatus =
  | { state: 'not-configured' }
  | { state: 'unreachable'; message: string }
  | {
      state: 'ok';
      live: { builtAt: string; seconds: number; documents: number; pages: number } | null;
      /** retryAt: when the publisher tries the failed build again on its own. */
      lastError: { at: string; message: string; retryAt?: string } | null;
      building: boolean;
      siteUrl?: string;
      /** When asked about a document: its language versions, the default language's first. */
      versions?: VersionPublishing[];
      /** The public site's address, base included, when it is known. */
      siteRoot?: string;
    };

type PublisherAnswer = Omit<Extract<PublishingStatus, { state: 'ok' }>, 'state' | 'versions'> & {
  document?: LiveDocument;
};

const askPublisher = async (
  publisherUrl: string | undefined,
  documentId?: string,
): Promise<{ state: 'ok'; answer: PublisherAnswer } | Exclude<PublishingStatus, { state: 'ok' }>> => {
  if (!publisherUrl) return { state: 'not-configured' };
  const query = documentId ? `?document=${encodeURIComponent(documentId)}` : '';
  try {
    const response = await fetch(`${publisherUrl}/status${query}`, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return { state: 'unreachable', message: `the publisher answered HTTP ${response.status}` };
    return { state: 'ok', answer: (await response.json()) as PublisherAnswer };
  } catch (error) {
    return {
      state: 'unreachable',
      message: `the publisher at ${publisherUrl} did not answer (${(error as Error).message})`,
    };
  }
};

const readPublishingStatus = async (publisherUrl: string | undefined): Promise<PublishingStatus> => {
  const asked = await askPublisher(publisherUrl);
  if (asked.state !== 'ok') return asked;
  const { live, lastError, building, siteUrl, siteRoot } = asked.answer;
  return { state: 'ok', live, lastError, building, siteUrl, siteRoot };
};

const readDocumentStatus = async (
  strapi: Core.Strapi,
  publisherUrl: string | undefined,
  uid: string,
  documentId: string,
): Promise<PublishingStatus> => {
  const asked = await askPublisher(publisherUrl, documentId);
  if (asked.state !== 'ok') return asked;
  const { live, lastError, building, siteUrl, siteRoot, document } = asked.answer;
  const rows = (await strapi.db.query(uid as never).findMany({
    select: ['locale', 'slug', 'publishedAt', 'updatedAt'],
    where: { documentId },
  })) as DocumentPublishingInput['rows'];
  const recorded = (await strapi.db.query(ADDRESSES_UID as never).findMany({
    select: ['language'],
    where: { document: documentId, documentType: typeName(uid) },
  })) as { language: string }[];
  const onSite = { siteRoot, versions: document?.versions ?? [] };
  const versions = documentPublishing({
    rows,
    recordedLocales: recorded.map((row) => row.language),
    live: onSite,
    lastError,
    segment: (model.documentSegments as Record<string, string>)[uid]!,
    defaultLocale: model.defaultLocale,
  });
  return { state: 'ok', live, lastError, building, siteUrl, versions, siteRoot };
};

interface StatusContext {
  query: Record<string, unknown>;
  state: { userAbility?: { can: (action: string, subject: string) => boolean } };
  body: unknown;
  status: number;
}

export const registerPublishingStatusRoute = (strapi: Core.Strapi, publisherUrl: string | undefined): void => {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: PUBLISHING_STATUS_PATH,
        handler: async (ctx: StatusContext) => {
          const { uid, documentId } = ctx.query;
          if (typeof uid !== 'string' || typeof documentId !== 'string') {
            ctx.body = await readPublishingStatus(publisherUrl);
            return;
          }
          if (!isDocumentType(uid) || !ctx.state.userAbility?.can('plugin::content-manager.explorer.read', uid)) {
            ctx.status = 404;
            ctx.body = { error: `No document type "${uid}" that you may read.` };
            return;
          }
          ctx.body = await readDocumentStatus(strapi, publisherUrl, uid, documentId);
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
};
