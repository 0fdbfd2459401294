/** The real CMS tells the publisher, signed, when published content changes, and only then. */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { publishedFingerprint } from '../../scripts/publish/published-fingerprint.js';
import { startPublisher, type ContentEvent, type Publisher } from '../../scripts/publish/publisher.js';

const SECRET = 'integration-test-publisher-secret';
const uid = 'api::guide.guide';

describe('content events from the CMS', () => {
  let cms: ThrowawayCms;
  let publisher: Publisher;
  const received: ContentEvent[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    publisher = await startPublisher({
      secret: SECRET,
      onEvent: (event) => received.push(event),
      log: (line) => refused.push(line),
    });
    cms = await startThrowawayCms('sqlite', 'warn', { PUBLISHER_URL: publisher.url, PUBLISHER_SECRET: SECRET });
  });

  afterAll(async () => {
    await cms?.stop();
    await publisher?.close();
  });

  const eventsFor = async (documentId: string, count: number) => {
    for (
      let tries = 0;
      tries < 50 && received.filter((event) => event.documentId === documentId).length < count;
      tries += 1
    )
      await sleep(100);
    return received.filter((event) => event.documentId === documentId).map((event) => event.event);
  };

  it('sends a signed event on publish and unpublish, and none for a draft being saved', async () => {
    const documents = cms.strapi.documents(uid as never);
    const draft = (await documents.create({
      locale: 'en',
      data: { title: 'Events guide', summary: 'A guide.', publicationDate: '2024-01-01' },
    } as never)) as { documentId: string };
    await documents.update({
      documentId: draft.documentId,
      locale: 'en',
      data: { summary: 'A guide, edited as a draft.' },
    } as never);
    await sleep(500);
    expect(await eventsFor(draft.documentId, 0)).toEqual([]);
    await documents.publish({ documentId: draft.documentId, locale: 'en' } as never);
    expect(await eventsFor(draft.documentId, 1)).toContain('entry.publish');
    await documents.unpublish({ documentId: draft.documentId, locale: 'en' } as never);
    expect(await eventsFor(draft.documentId, 2)).toContain('entry.unpublish');
    expect(refused).toEqual([]);
  });

  it('sends two identical events in the same second as two requests, not one and a "replay"', async () => {
    // Media events name no document, so uploads in a row used to be signed byte for byte alike.
    const before = received.filter((event) => event.event === 'media.create').length;
    await cms.strapi.eventHub.emit('media.create', { media: { id: 1 } });
    await cms.strapi.eventHub.emit('media.create', { media: { id: 2 } });
    for (
      let tries = 0;
      tries < 50 && received.filter((event) => event.event === 'media.create').length < before + 2;
      tries += 1
    )
      await sleep(100);
    expect(received.filter((event) => event.event === 'media.create').length).toBe(before + 2);
    expect(refused).toEqual([]);
  });

  it('fingerprints what is published: unchanged by draft edits, changed by a publish, an edit of live content and an unpublish', async () => {
    const source = { url: cms.url, token: await createBuildToken(cms.strapi) };
    const documents = cms.strapi.documents(uid as never);
    const draft = (await documents.create({
      locale: 'en',
      data: { title: 'Fingerprint guide', summary: 'A guide.', publicationDate: '2024-01-01' },
    } as never)) as { documentId: string };
    const before = await publishedFingerprint(source);
    expect(await publishedFingerprint(source)).toBe(before);
    await documents.update({
      documentId: draft.documentId,
      locale: 'en',
      data: { summary: 'Edited, still a draft.' },
    } as never);
    expect(await publishedFingerprint(source)).toBe(before);
    await documents.publish({ documentId: draft.documentId, locale: 'en' } as never);
    const published = await publishedFingerprint(source);
    expect(published).not.toBe(before);
    await documents.update({
      documentId: draft.documentId,
      locale: 'en',
      data: { summary: 'Edited and published again.' },
    } as never);
    await documents.publish({ documentId: draft.documentId, locale: 'en' } as never);
    const edited = await publishedFingerprint(source);
    expect(edited).not.toBe(published);
    await documents.unpublish({ documentId: draft.documentId, locale: 'en' } as never);
    expect(await publishedFingerprint(source)).not.toBe(edited);
  });
});
