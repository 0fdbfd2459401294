/**
 * The offline page's behaviour: the library's size before saving it, the save itself, the list
 * of what this device keeps, and, when the service worker answered with this page for another
 * address, the notice that that address was not saved.
 */
import type { OfflineStatus, ScopeProgress } from './messages.js';
import { ARCHIVE_META, type SaveScope } from './offline-manifest.js';
import { fill } from '../i18n/templates.js';
import { ask, formatBytes, offlineSupported, percentOf } from './offline-client.js';
import { saveControl } from './save-control.js';

const root = document.querySelector<HTMLElement>('[data-offline-page]');
if (root) {
  const { locale, path, language } = root.dataset as { locale: string; path: string; language: string };
  const strings = JSON.parse(root.dataset.strings!) as Record<string, string>;
  const section = root.querySelector<HTMLElement>('[data-save-library]')!;
  const attachments = section.querySelector<HTMLInputElement>('[data-attachments]')!;
  const size = (bytes: number) => formatBytes(bytes, locale);
  const libraryScope = (): SaveScope => ({ kind: 'library', locale, attachments: attachments.checked });

  if (location.pathname !== path) {
    const notice = document.querySelector<HTMLElement>('[data-not-saved-here]')!;
    notice.textContent = fill(strings.notSavedHere!, { address: decodeURIComponent(location.pathname) });
    notice.hidden = false;
  }

  const savedList = root.querySelector<HTMLElement>('[data-saved]')!;
  const showSaved = (status: OfflineStatus) => {
    const kept = status.scopes.filter((scope) => scope.savedAt);
    const list = savedList.querySelector('[data-saved-list]')!;
    list.replaceChildren(
      ...kept.map((progress) => {
        const item = document.createElement('li');
        const { scope } = progress;
        const link = document.createElement('a');
        link.href = scope.kind === 'document' ? scope.path : path;
        link.textContent = scope.kind === 'document' ? progress.title : fill(strings.wholeLibrary!, { language });
        item.append(link, ` (${progress.complete ? size(progress.bytes) : `${percentOf(progress)}%`}) `);
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = strings.removeSaved!;
        remove.addEventListener('click', () => void ask({ type: 'remove', id: progress.id }).then(refresh));
        item.append(remove);
        return item;
      }),
    );
    savedList.querySelector<HTMLElement>('[data-nothing-saved]')!.hidden = kept.length > 0;
    const storage = savedList.querySelector<HTMLElement>('[data-storage]')!;
    storage.textContent = status.storage
      ? fill(strings.storageUse!, { used: size(status.storage.usage), quota: size(status.storage.quota) })
      : '';
    savedList.hidden = false;
  };

  const control = saveControl({
    root: section,
    scope: libraryScope,
    locale,
    strings,
    savedText: (progress) => fill(strings.librarySaved!, { language, size: size(progress.bytes) }),
    onChange: () => void ask({ type: 'status' }).then(({ status }) => showSaved(status!)),
  });

  const showSizes = async () => {
    const [without, withPdfs] = await Promise.all([
      ask({ type: 'plan', scope: { kind: 'library', locale, attachments: false } }),
      ask({ type: 'plan', scope: { kind: 'library', locale, attachments: true } }),
    ]);
    const library = without.progress!.bytes;
    const pdfs = withPdfs.progress!.bytes - library;
    section.querySelector('[data-library-size]')!.textContent = fill(strings.downloadSize!, {
      size: size(library + (attachments.checked ? pdfs : 0)),
    });
    section.querySelector('[data-attachments-label]')!.textContent = fill(strings.includeAttachments!, {
      size: size(pdfs),
    });
    attachments.closest('p')!.hidden = pdfs === 0;
  };

  let kept: ScopeProgress | undefined;
  async function refresh(): Promise<void> {
    const { status } = await ask({ type: 'status' });
    kept = status!.scopes.find((scope) => scope.scope.kind === 'library' && scope.scope.locale === locale);
    if (kept?.scope.kind === 'library') attachments.checked = kept.scope.attachments;
    control.render(kept);
    showSaved(status!);
    await showSizes();
  }

  // The running hub packs each release as a ZIP a little after it goes live; linked once it exists.
  const archive = root.querySelector<HTMLElement>('[data-archive]')!;
  const isCopy = document.querySelector(`meta[name="${ARCHIVE_META}"]`) !== null;
  if (!isCopy) {
    void fetch(archive.dataset.archive!, { method: 'HEAD' })
      .then((response) => {
        const bytes = Number(response.headers.get('Content-Length'));
        if (!response.ok || !bytes) return;
        const link = document.createElement('a');
        link.href = archive.dataset.archive!;
        link.download = '';
        link.textContent = fill(strings.archiveLink!, { size: size(bytes) });
        archive.querySelector('[data-archive-link]')!.replaceChildren(link);
        archive.hidden = false;
      })
      .catch(() => undefined);
  }

  if (isCopy) {
    root.querySelector<HTMLElement>('[data-archive-copy]')!.hidden = false;
  } else if (offlineSupported()) {
    section.hidden = false;
    // Saved without the PDFs and now asked for them (or the other way round): offer to save again.
    attachments.addEventListener('change', () => {
      control.render(
        kept?.scope.kind === 'library' && kept.scope.attachments === attachments.checked ? kept : undefined,
      );
      void showSizes();
    });
    void refresh();
  } else {
    root.querySelector<HTMLElement>('[data-offline-unsupported]')!.hidden = false;
  }
}
