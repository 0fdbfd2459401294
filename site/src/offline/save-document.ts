/** "Save for offline" on a document page: the page, its images and its PDFs. */
import { ask, offlineSupported } from './offline-client.js';
import { scopeId, type SaveScope } from './offline-manifest.js';
import { saveControl } from './save-control.js';

for (const root of document.querySelectorAll<HTMLElement>('[data-save-document]')) {
  if (!offlineSupported()) continue;
  const { locale, path } = root.dataset as { locale: string; path: string };
  const strings = JSON.parse(root.dataset.strings!) as Record<string, string>;
  const scope: SaveScope = { kind: 'document', locale, path };
  const control = saveControl({ root, scope: () => scope, locale, strings, savedText: () => strings.savedForOffline! });
  root.hidden = false;
  void ask({ type: 'status' }).then(({ status }) =>
    control.render(status?.scopes.find((saved) => saved.id === scopeId(scope))),
  );
}
