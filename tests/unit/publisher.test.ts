/** The publisher's door: signed content events in, everything else refused with a log line. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signEvent } from '../../cms/src/publishing/sign-event.js';
import { MAX_BODY_BYTES, startPublisher, type ContentEvent, type Publisher } from '../../scripts/publish/publisher.js';

const SECRET = 'test-secret-not-for-production';

describe('publisher', () => {
  let publisher: Publisher;
  const received: ContentEvent[] = [];
  const logged: string[] = [];

  beforeAll(async () => {
    publisher = await startPublisher({
      secret: SECRET,
      onEvent: (event) => received.push(event),
      log: (line) => logged.push(line),
    });
  });

  afterAll(async () => {
    await publisher?.close();
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${publisher.url}/events`, { method: 'POST', body, headers });
  const signed = (body: string, timestamp = Math.floor(Date.now() / 1000), secret = SECRET) => ({
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signEvent(secret, timestamp, body),
  });
  const event = (documentId: string) =>
    JSON.stringify({ event: 'entry.publish', uid: 'api::city-spotlight.city-spotlight', documentId, locale: 'en' });

  it('takes a signed event', async () => {
    const response = await post(event('a1'), signed(event('a1')));
    expect(response.status).toBe(202);
    expect(received.map((e) => e.documentId)).toEqual(['a1']);
  });

  it.each([
    ['an unsigned request', () => post(event('b1'), {}), 401, /unsigned/],
    [
      'a signature made with another secret',
      () => post(event('b2'), signed(event('b2'), undefined, 'another-secret')),
      401,
      /bad signature/,
    ],
    ['a body changed after signing', () => post(event('b3-changed'), signed(event('b3'))), 401, /bad signature/],
    [
      'a timestamp six minutes old',
      () => post(event('b4'), signed(event('b4'), Math.floor(Date.now() / 1000) - 360)),
      401,
      /timestamp outside/,
    ],
    [
      'a body over 256 KB',
      () => post('x'.repeat(MAX_BODY_BYTES + 1), signed('x'.repeat(MAX_BODY_BYTES + 1))),
      413,
      /over|bytes/,
    ],
  ])('refuses %s, logs it, and does nothing else', async (_name, send, status, logLine) => {
    const before = received.length;
    expect((await send()).status).toBe(status);
    expect(received.length).toBe(before);
    expect(logged.at(-1)).toMatch(logLine);
  });

  it('refuses the same signed request sent twice (a replay)', async () => {
    const body = event('c1');
    const headers = signed(body);
    expect((await post(body, headers)).status).toBe(202);
    expect((await post(body, headers)).status).toBe(401);
    expect(logged.at(-1)).toMatch(/replayed/);
    expect(received.filter((e) => e.documentId === 'c1')).toHaveLength(1);
  });
});
