/**
 * The library's service worker, bundled into sw.js at build (scripts/build/offline-files.ts).
 * Workbox precaches what every page needs (styles, scripts, the search UI, the offline pages)
 * and runs the caching strategies; what a reader saved is answered from the saved store first,
 * so a saved page, its images and the search index always come from the same release.
 *
 * Pages: network first (4 s, then the copy from the last visit), so a publish shows at once.
 * Built assets and Pagefind's chunks have content hashes in their names: cache first.
 * Anything else (Pagefind's entry file, feeds): network first.
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, type Strategy } from 'workbox-strategies';
import type { OfflineReply, OfflineRequest } from '../messages.js';
import type { ServiceWorkerConfig } from '../offline-manifest.js';
import { SavedStore } from './saved-store.js';

declare const self: ServiceWorkerGlobalScope & { __HUB_OFFLINE__: ServiceWorkerConfig };

const { release, precache } = self.__HUB_OFFLINE__;
const { base } = release;
const store = new SavedStore(release, self.location.origin);
// One round of saving stays well inside the time a browser lets a message event run, and short
// enough for the progress bar to move on a slow connection.
const SAVE_BUDGET_MS = 2000;

const keeping = (maxEntries: number) => [new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true })];
const pages = new NetworkFirst({ cacheName: 'hub-pages', networkTimeoutSeconds: 4, plugins: keeping(300) });
const assets = new CacheFirst({ cacheName: 'hub-assets', plugins: keeping(500) });
const searchChunks = new CacheFirst({ cacheName: 'hub-search', plugins: keeping(500) });
const attachments = new CacheFirst({ cacheName: 'hub-attachments', plugins: keeping(30) });
const fresh = new NetworkFirst({ cacheName: 'hub-fresh', plugins: keeping(50) });

const RUNTIME_CACHES = [pages, assets, searchChunks, attachments, fresh].map((strategy) => strategy.cacheName);

const strategyFor = (url: URL, request: Request): Strategy => {
  const rel = url.pathname.slice(base.length);
  if (request.mode === 'navigate' || request.destination === 'document') return pages;
  if (rel.startsWith('_astro/')) return assets;
  if (rel.startsWith('pagefind/')) return /_[0-9a-f]{7,}\.pf_\w+$/.test(rel) ? searchChunks : fresh;
  if (rel.startsWith('media/')) return attachments;
  return /\/$|\.html$/.test(rel) ? pages : fresh;
};

/** The offline page in the language of the address asked for: the longest home path it falls under. */
const fallbackFor = (pathname: string): string | undefined =>
  Object.values(release.fallbackPages)
    .filter((page) => pathname.startsWith(page.replace(/offline\/$/, '')))
    .sort((a, b) => b.length - a.length)[0];

cleanupOutdatedCaches();
// A search page keeps its query in the address (?q=): any query still finds the precached page.
precacheAndRoute(precache, { ignoreURLParametersMatching: [/.*/] });

registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin && url.pathname.startsWith(base) && request.method === 'GET',
  async ({ url, request, event }) => (await store.match(url)) ?? strategyFor(url, request).handle({ event, request }),
);

// Offline and neither saved nor visited: the offline page, which says so and lists what is saved.
setCatchHandler(async ({ request, url }) => {
  const fallback = request.mode === 'navigate' ? fallbackFor(url.pathname) : undefined;
  return (fallback && (await matchPrecache(fallback))) || Response.error();
});

self.addEventListener('install', (event) => event.waitUntil(store.refresh()));
self.addEventListener('activate', (event) => event.waitUntil(store.prune().then(() => self.clients.claim())));

const answer = async (message: OfflineRequest, event: ExtendableMessageEvent): Promise<OfflineReply> => {
  switch (message.type) {
    case 'status':
      return { ok: true, status: await store.status() };
    case 'plan':
      return { ok: true, progress: await store.plan(message.scope) };
    case 'save':
      return { ok: true, progress: await store.save(message.scope, SAVE_BUDGET_MS) };
    case 'remove': {
      // "Remove from this device" means gone: the copies kept from visits go too.
      const paths = await store.remove(message.id);
      for (const name of RUNTIME_CACHES) {
        const cache = await caches.open(name);
        await Promise.all(paths.map((path) => cache.delete(path)));
      }
      return { ok: true, status: await store.status() };
    }
    case 'visit':
      await Promise.all(
        message.urls.map(async (href) => {
          const url = new URL(href, self.location.href);
          if (url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
          const request = new Request(url.href);
          await strategyFor(url, request)
            .handle({ event, request })
            .catch(() => undefined);
        }),
      );
      return { ok: true };
  }
};

self.addEventListener('message', (event) => {
  const message = event.data as OfflineRequest | { type: 'SKIP_WAITING' } | undefined;
  if (message?.type === 'SKIP_WAITING') {
    void self.skipWaiting();
    return;
  }
  const port = event.ports[0];
  if (!message || !port) return;
  event.waitUntil(
    answer(message, event).then(
      (reply) => port.postMessage(reply),
      (error: unknown) =>
        port.postMessage({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        } satisfies OfflineReply),
    ),
  );
});
