/**
 * What the editors' home page shows about the public library (see src/admin/): the live
 * release, whether a publish is under way, and the last failure. An admin route, so only a
 * signed-in editor or admin can read it; the CMS asks the publisher and answers in plain terms
 * when the publisher is not set up or cannot be reached, so a failed publish is never silent.
 */
import type { Core } from '@strapi/strapi';

export const PUBLISHING_STATUS_PATH = '/hub/publishing-status';

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
    };

export const readPublishingStatus = async (publisherUrl: string | undefined): Promise<PublishingStatus> => {
  if (!publisherUrl) return { state: 'not-configured' };
  try {
    const response = await fetch(`${publisherUrl}/status`, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return { state: 'unreachable', message: `the publisher answered HTTP ${response.status}` };
    const { live, lastError, building, siteUrl } = (await response.json()) as Omit<
      Extract<PublishingStatus, { state: 'ok' }>,
      'state'
    >;
    return { state: 'ok', live, lastError, building, siteUrl };
  } catch (error) {
    return {
      state: 'unreachable',
      message: `the publisher at ${publisherUrl} did not answer (${(error as Error).message})`,
    };
  }
};

export const registerPublishingStatusRoute = (strapi: Core.Strapi, publisherUrl: string | undefined): void => {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: PUBLISHING_STATUS_PATH,
        handler: async (ctx: { body: unknown }) => {
          ctx.body = await readPublishingStatus(publisherUrl);
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
};
