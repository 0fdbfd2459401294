/**
 * The page side of offline reading: registers the service worker with workbox-window, which also
 * tells when a new release is waiting, and talks to the worker that controls the page (not to a
 * newer one still waiting: what a page saves belongs to the release it shows).
 */
import { messageSW, Workbox } from 'workbox-window';
import type { OfflineReply, OfflineRequest, ScopeProgress } from './messages.js';
import { ARCHIVE_META, type SaveScope } from './offline-manifest.js';

// A tab left open learns of a publish this often, and whenever the connection comes back.
const UPDATE_CHECK_MS = 5 * 60 * 1000;

/**
 * A browser that can keep pages, on a page that registers the service worker (draft previews do
 * not), of the live site (a downloaded copy of the library, ARCHIVE_META, is offline already).
 */
export const offlineSupported = (): boolean =>
  'serviceWorker' in navigator &&
  'caches' in window &&
  document.querySelector('[data-offline-support]') !== null &&
  !document.querySelector(`meta[name="${ARCHIVE_META}"]`);

const controller = (): Promise<ServiceWorker> => {
  const current = navigator.serviceWorker.controller;
  if (current) return Promise.resolve(current);
  return new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(navigator.serviceWorker.controller!), {
      once: true,
    }),
  );
};

export const ask = async (request: OfflineRequest): Promise<Extract<OfflineReply, { ok: true }>> => {
  const reply = (await messageSW(await controller(), request)) as OfflineReply;
  if (!reply.ok) throw new Error(reply.error);
  return reply;
};

/**
 * Registers the worker. `onWaiting` gets a function that switches to the waiting release and
 * reloads; the page is marked data-offline-ready once it and what it loaded are kept.
 */
export const startOffline = (base: string, onWaiting: (accept: () => void) => void): void => {
  if (!offlineSupported()) return;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  workbox.addEventListener('waiting', () =>
    onWaiting(() => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  const loadedBefore = !navigator.serviceWorker.controller;
  void workbox.register().catch(() => undefined);
  void controller()
    .then(async () => {
      // Opened before the worker ran: keep this page and what it loaded as if opened after.
      if (loadedBefore) {
        const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
        await ask({ type: 'visit', urls: [location.href, ...resources] });
      }
      document.documentElement.dataset.offlineReady = 'true';
    })
    .catch(() => undefined);
  setInterval(() => void workbox.update(), UPDATE_CHECK_MS);
  addEventListener('online', () => void workbox.update());
};

/** Saves a scope round by round until it is complete or a problem stops it. */
export const saveAll = async (
  scope: SaveScope,
  onProgress: (progress: ScopeProgress) => void,
): Promise<ScopeProgress> => {
  // Asked once: a browser that grants it will not evict what the reader saved.
  await navigator.storage?.persist?.().catch(() => false);
  for (;;) {
    const { progress } = await ask({ type: 'save', scope });
    onProgress(progress!);
    if (progress!.complete || progress!.problem) return progress!;
  }
};

/** Fills {name} placeholders of a string the page was rendered with. */
import { fill } from '../i18n/templates.js';

export const formatBytes = (bytes: number, locale: string): string => {
  const megabytes = bytes >= 1e6;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(Math.max(1, bytes / (megabytes ? 1e6 : 1e3)));
};

export const percentOf = (progress: ScopeProgress): number =>
  progress.bytes === 0 ? 100 : Math.floor((100 * progress.bytesSaved) / progress.bytes);

/** What a stopped save tells the reader, from the strings the page was rendered with. */
export const problemText = (progress: ScopeProgress, strings: Record<string, string>, locale: string): string => {
  const values = {
    saved: formatBytes(progress.bytesSaved, locale),
    total: formatBytes(progress.bytes, locale),
    reason: progress.problem?.detail ?? '',
  };
  const template = {
    offline: strings.savePausedOffline,
    quota: strings.saveRefusedQuota,
    outdated: strings.saveOutdated,
    missing: strings.saveMissing,
  }[progress.problem!.kind];
  return fill(template ?? strings.saveFailed!, values);
};
