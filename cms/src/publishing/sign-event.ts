/**
 * Content events from the CMS to the publisher are signed: HMAC-SHA256 over the timestamp and
 * the body, with PUBLISHER_SECRET. Strapi's own webhooks only send fixed headers, which anyone
 * who saw one request could replay; a signed timestamp cannot be reused or forged.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-hub-timestamp';
export const SIGNATURE_HEADER = 'x-hub-signature';

export const signEvent = (secret: string, timestamp: number, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** Compares in constant time, so the signature cannot be guessed byte by byte from response times. */
export const signatureMatches = (secret: string, timestamp: number, body: string, signature: string): boolean => {
  const expected = Buffer.from(signEvent(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
};
