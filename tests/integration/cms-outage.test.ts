/**
 * The CMS goes away in the middle of a publish: the build fails, the live site keeps serving,
 * status.json says why, and the publisher tries again on its own until the CMS is back, then
 * publishes. The CMS is real; the outage is a network one, made by a TCP relay between the
 * publisher and the CMS that stops answering partway through the build.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { liveRelease } from '../../scripts/publish/releases.js';
import { startPublishingService, type PublishingService } from '../../scripts/publish/publishing-service.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';

const SECRET = 'integration-test-outage-secret';
const TITLE = 'Outage Town: Published While the CMS Was Away';
const SLUG = 'outage-town-published-while-the-cms-was-away';

/** Relays HTTP to the CMS; cut(n) lets n more requests through and then resets every connection, heal() relays again. */
const startRelay = async (target: string) => {
  let allowed = Infinity;
  const server: Server = createServer((request, response) => {
    if (allowed <= 0) return void request.socket.destroy();
    allowed -= 1;
    const upstream = httpRequest(
      new URL(request.url ?? '/', target),
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => request.socket.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    cut: (after: number) => {
      allowed = after;
    },
    heal: () => {
      allowed = Infinity;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

describe('a CMS outage during a publish', () => {
  let work: string;
  let cms: ThrowawayCms;
  let publishing: PublishingService;
  let relay: Awaited<ReturnType<typeof startRelay>>;
  const lines: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hub-outage-'));
    publishing = await startPublishingService({
      dataDir: work,
      secret: SECRET,
      env: { ...process.env, SITE_CACHE_DIR: path.join(work, 'cache') },
      log: (line) => lines.push(line),
    });
    cms = await startThrowawayCms('sqlite', 'warn', {
      PUBLISHER_URL: publishing.publisher.url,
      PUBLISHER_SECRET: SECRET,
    });
    await seedHub(cms.strapi, sampleContent);
    relay = await startRelay(cms.url);
    await publishing.connect({ url: relay.url, token: await createBuildToken(cms.strapi) });
  });

  afterAll(async () => {
    await publishing?.stop();
    await relay?.close();
    await cms?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('keeps the live site, says why in status.json, and publishes once the CMS is back', async () => {
    const live = await liveRelease(publishing.releases);
    // A few requests of the next build get through, then the CMS is gone.
    relay.cut(3);
    const city = await cms.strapi.db.query('api::city.city').findOne({ where: { locale: 'en' } });
    const spotlights = cms.strapi.documents('api::city-spotlight.city-spotlight' as never);
    const draft = (await spotlights.create({
      locale: 'en',
      data: {
        title: TITLE,
        summary: 'Published during an outage of the CMS.',
        publicationDate: '2026-11-22',
        practice: 'Retrying.',
        city: city.documentId,
      },
    } as never)) as unknown as { documentId: string };
    await spotlights.publish({ documentId: draft.documentId, locale: 'en' } as never);

    const status = async () =>
      (await (await fetch(`${publishing.site.url}/status.json`)).json()) as { lastError: { message: string } | null };
    await expect
      .poll(async () => (await status()).lastError?.message ?? '', { timeout: 60_000, interval: 250 })
      .toMatch(/cannot reach the CMS/);
    relay.cut(0);
    expect(await liveRelease(publishing.releases)).toBe(live);
    expect((await fetch(`${publishing.site.url}/`)).status).toBe(200);
    expect((await fetch(`${publishing.site.url}/city-spotlights/${SLUG}/`)).status).toBe(404);
    expect(lines.join('\n')).toMatch(/the CMS could not be reached; trying again in \d+ s/);

    await sleep(3000);
    relay.heal();
    let served = 0;
    for (let tries = 0; tries < 120 && served !== 200; tries += 1) {
      await sleep(500);
      served = (await fetch(`${publishing.site.url}/city-spotlights/${SLUG}/`)).status;
    }
    expect(served).toBe(200);
    expect((await status()).lastError).toBeNull();
    expect(await liveRelease(publishing.releases)).not.toBe(live);
  });
});
