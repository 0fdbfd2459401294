/**
 * Links to a draft's preview, made by the CMS for the editor's Preview panel and checked by the
 * publisher that renders it. The link names the document and expires; it is signed with
 * PUBLISHER_SECRET (HMAC-SHA256), so nobody without the secret can make the publisher render a
 * draft, and a link seen in a browser history stops working after PREVIEW_LINK_LIFETIME_S.
 */
import { signEvent, signatureMatches } from './sign-event';

export const PREVIEW_PATH = '/preview';
export const PREVIEW_LINK_LIFETIME_S = 15 * 60;

export interface PreviewRequest {
  /** Content type name, e.g. city-spotlight. */
  type: string;
  documentId: string;
  locale: string;
}

const signedPart = ({ type, documentId, locale }: PreviewRequest, expires: number) =>
  JSON.stringify([type, documentId, locale, expires]);

export const previewLink = (
  publisherUrl: string,
  secret: string,
  request: PreviewRequest,
  now = Date.now(),
): string => {
  const expires = Math.floor(now / 1000) + PREVIEW_LINK_LIFETIME_S;
  const query = new URLSearchParams({
    ...request,
    expires: String(expires),
    signature: signEvent(secret, expires, signedPart(request, expires)),
  });
  return `${publisherUrl}${PREVIEW_PATH}?${query}`;
};

/** The request a link names, or why it is refused. */
export const readPreviewLink = (
  secret: string,
  query: URLSearchParams,
  now = Date.now(),
): PreviewRequest | { refused: string } => {
  const [type, documentId, locale, signature] = ['type', 'documentId', 'locale', 'signature'].map(
    (name) => query.get(name) ?? '',
  );
  const expires = Number(query.get('expires'));
  if (!type || !documentId || !locale || !signature || !Number.isInteger(expires))
    return { refused: 'an incomplete preview link' };
  const request = { type, documentId, locale };
  if (!signatureMatches(secret, expires, signedPart(request, expires), signature))
    return { refused: 'a preview link with a bad signature' };
  if (expires < Math.floor(now / 1000)) return { refused: 'an expired preview link' };
  return request;
};
