/**
 * The state of the public library, read from the CMS (publishing/publishing-status.ts) every few
 * seconds, so editors see a publish arrive or fail without reloading. With a document, the
 * answer says where each of its language versions is on the site.
 */
import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PUBLISHING_STATUS_PATH, type PublishingStatus } from '../publishing/publishing-status';

const REFRESH_MS = 3000;

export type StatusRead = { status?: PublishingStatus; failed: boolean };

export const usePublishingStatus = (document?: { uid: string; documentId: string }, changed?: unknown): StatusRead => {
  const { get } = useFetchClient();
  const [read, setRead] = useState<StatusRead>({ failed: false });
  const uid = document?.uid;
  const documentId = document?.documentId;

  useEffect(() => {
    let stopped = false;
    const load = () =>
      get<PublishingStatus>(PUBLISHING_STATUS_PATH, uid && documentId ? { params: { uid, documentId } } : {}).then(
        ({ data }) => !stopped && setRead({ status: data, failed: false }),
        () => !stopped && setRead((last) => ({ ...last, failed: true })),
      );
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [get, uid, documentId, changed]);

  return read;
};

export const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
