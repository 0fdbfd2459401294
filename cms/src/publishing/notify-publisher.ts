/**
 * Tells the publisher when published content changes, so the library is rebuilt in seconds.
 * Listens on Strapi's event hub (publish, unpublish, delete, updates of live content, media) and
 * sends each event signed. Events are hints: the publisher reads the truth from the CMS, so a
 * missed or repeated event costs at most a rebuild, and a publisher that is down never blocks
 * an editor's save.
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signEvent } from './sign-event';

const EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
];

interface EventPayload {
  uid?: string;
  entry?: { documentId?: string; locale?: string | null; publishedAt?: string | null };
}

/** Library content and media only; a draft saved is not public, so it is not news. */
const concernsTheLibrary = (strapi: Core.Strapi, event: string, { uid, entry }: EventPayload): boolean => {
  if (event.startsWith('media.')) return true;
  if (!uid?.startsWith('api::')) return false;
  const hasDrafts = Boolean(
    (strapi.contentTypes[uid as never] as { options?: { draftAndPublish?: boolean } } | undefined)?.options
      ?.draftAndPublish,
  );
  if ((event === 'entry.update' || event === 'entry.create') && hasDrafts) return Boolean(entry?.publishedAt);
  return true;
};

export const notifyPublisher = (strapi: Core.Strapi, { url, secret }: { url: string; secret: string }): void => {
  for (const event of EVENTS)
    strapi.eventHub.on(event, async (payload: EventPayload) => {
      if (!concernsTheLibrary(strapi, event, payload)) return;
      // A fresh id per send: Strapi fires the same event twice in a second (a delete, per draft and
      // published row; a seed), and identical bodies would sign identically and look like replays.
      const body = JSON.stringify({
        id: randomUUID(),
        event,
        uid: payload.uid ?? 'plugin::upload.file',
        documentId: payload.entry?.documentId,
        locale: payload.entry?.locale ?? null,
      });
      const timestamp = Math.floor(Date.now() / 1000);
      // Not awaited: the editor's save never waits on the publisher.
      void fetch(`${url}/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signEvent(secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(5000),
      }).catch((error: Error) =>
        strapi.log.warn(
          `The publisher at ${url} did not take the "${event}" event (${error.message}); the library updates at the next publish or start.`,
        ),
      );
    });
};
