/**
 * On every page: says when the reader is offline (and back online), offers a waiting release as
 * "new content available", and starts the service worker (offline-client.ts).
 */
import { startOffline } from './offline-client.js';

const root = document.querySelector<HTMLElement>('[data-offline-support]');
if (root) {
  const status = root.querySelector<HTMLElement>('[data-connection-status]')!;
  const notice = root.querySelector<HTMLElement>('[data-update-notice]')!;
  const strings = JSON.parse(root.dataset.strings!) as { offlineNow: string; backOnline: string };
  let hideLater: ReturnType<typeof setTimeout> | undefined;
  const show = (online: boolean) => {
    document.documentElement.dataset.connection = online ? 'online' : 'offline';
    status.textContent = online ? strings.backOnline : strings.offlineNow;
    status.hidden = false;
    clearTimeout(hideLater);
    if (online) hideLater = setTimeout(() => (status.hidden = true), 5000);
  };
  if (!navigator.onLine) show(false);
  addEventListener('offline', () => show(false));
  addEventListener('online', () => show(true));
  startOffline(new URL(root.dataset.base!, location.href).pathname, (accept) => {
    notice.hidden = false;
    notice.querySelector('button')!.addEventListener('click', accept, { once: true });
  });
}
