/**
 * A "save for offline" control: a save button, a progress bar, a status line and a remove
 * button, for a document or a whole library. It says what is saved only when all of it is:
 * a save stopped by a dropped connection offers to resume (and resumes by itself once back
 * online, or after a while when the browser never noticed it was offline: a server that went
 * away and came back), one refused by a full disk says how much was kept and that it is not saved.
 */
import type { ScopeProgress } from './messages.js';
import { scopeId, type SaveScope } from './offline-manifest.js';
import { fill } from '../i18n/templates.js';
import { ask, percentOf, problemText, saveAll } from './offline-client.js';

export interface SaveControlOptions {
  root: HTMLElement;
  scope: () => SaveScope;
  locale: string;
  /** The page's strings: saveForOffline, resumeSaving, saving, and the problem texts. */
  strings: Record<string, string>;
  /** What a complete save says. */
  savedText: (progress: ScopeProgress) => string;
  /** After a save or a removal ends. */
  onChange?: () => void;
}

// Tries again after 10 s, then 20, 40… up to 5 minutes, while the save stays stopped.
const FIRST_RETRY_MS = 10_000;
const LAST_RETRY_MS = 300_000;

export const saveControl = ({ root, scope, locale, strings, savedText, onChange }: SaveControlOptions) => {
  const saveButton = root.querySelector<HTMLButtonElement>('[data-save]')!;
  const removeButton = root.querySelector<HTMLButtonElement>('[data-remove]')!;
  const bar = root.querySelector<HTMLProgressElement>('progress')!;
  const message = root.querySelector<HTMLElement>('[data-save-message]')!;

  const render = (progress: ScopeProgress | undefined) => {
    const state = !progress?.savedAt ? 'unsaved' : progress.complete ? 'saved' : 'stopped';
    root.dataset.state = state;
    saveButton.hidden = state === 'saved';
    saveButton.disabled = false;
    saveButton.textContent = state === 'stopped' ? strings.resumeSaving! : saveButton.dataset.label!;
    removeButton.hidden = state === 'unsaved';
    bar.hidden = state !== 'stopped';
    if (progress) bar.value = percentOf(progress);
    message.textContent =
      state === 'saved' ? savedText(progress!) : progress?.problem ? problemText(progress, strings, locale) : '';
  };

  let retryMs = FIRST_RETRY_MS;
  let cancelResume = () => {};
  const resumeLater = () => {
    const resume = () => void save();
    // Only one way back at a time: the online event or the timer, whichever comes first (save cancels both).
    const timer = setTimeout(() => {
      if (navigator.onLine) return resume();
      cancelResume();
      resumeLater();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    addEventListener('online', resume);
    cancelResume = () => {
      clearTimeout(timer);
      removeEventListener('online', resume);
    };
  };

  const save = async () => {
    cancelResume();
    saveButton.disabled = true;
    removeButton.hidden = true;
    bar.hidden = false;
    root.dataset.state = 'saving';
    try {
      const final = await saveAll(scope(), (progress) => {
        bar.value = percentOf(progress);
        message.textContent = fill(strings.saving!, { percent: percentOf(progress) });
      });
      render(final);
      if (final.problem?.kind === 'offline') resumeLater();
      else retryMs = FIRST_RETRY_MS;
      // Files changed under the save: a newer release is out, and its worker will offer itself.
      if (final.problem?.kind === 'outdated')
        void navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
    } catch (error) {
      render(undefined);
      message.textContent = fill(strings.saveFailed!, {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    onChange?.();
  };

  saveButton.dataset.label = saveButton.textContent ?? '';
  saveButton.addEventListener('click', () => void save());
  removeButton.addEventListener('click', () => {
    void ask({ type: 'remove', id: scopeId(scope()) }).then(() => {
      render(undefined);
      onChange?.();
    });
  });
  return { render };
};
