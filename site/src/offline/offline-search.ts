/**
 * Search with no connection and no saved library in this language: Pagefind's index is not on
 * this device, so the documents that are saved are searched instead, from their saved pages,
 * and the page says the results are limited to them (with no words, it lists them all). With
 * the library saved, Pagefind itself runs offline (the service worker has all of its files) and
 * this stays out of the way.
 */
import { fill } from '../i18n/templates.js';
import { ask, offlineSupported } from './offline-client.js';

interface SavedDocument {
  path: string;
  title: string;
  summary: string;
  text: string;
}

const root = document.querySelector<HTMLElement>('[data-saved-search]');
const fold = (text: string, locale: string) =>
  text
    .toLocaleLowerCase(locale)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '');

const readSaved = async (path: string, locale: string): Promise<SavedDocument | undefined> => {
  const response = await fetch(path).catch(() => undefined);
  if (!response?.ok) return undefined;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const body = page.querySelector('[data-pagefind-body]');
  for (const ignored of body?.querySelectorAll('[data-pagefind-ignore]') ?? []) ignored.remove();
  return {
    path,
    title: page.querySelector('h1')?.textContent?.trim() ?? path,
    summary: page.querySelector('.summary')?.textContent?.trim() ?? '',
    text: fold(body?.textContent ?? '', locale),
  };
};

const savedSearch = async (container: HTMLElement) => {
  const { locale } = container.dataset as { locale: string };
  const strings = JSON.parse(container.dataset.strings!) as Record<string, string>;
  const { status } = await ask({ type: 'status' });
  const scopes = status!.scopes;
  if (scopes.some((saved) => saved.scope.kind === 'library' && saved.scope.locale === locale && saved.complete)) return;
  const paths = scopes.flatMap((saved) =>
    saved.scope.kind === 'document' && saved.scope.locale === locale && saved.complete ? [saved.scope.path] : [],
  );
  const documents = (await Promise.all(paths.map((path) => readSaved(path, locale)))).filter(
    (doc): doc is SavedDocument => doc !== undefined,
  );

  document.getElementById('search')!.hidden = true;
  container.hidden = false;
  container.querySelector('[data-saved-search-notice]')!.textContent = fill(strings.searchSavedOnly!, {
    count: documents.length,
  });
  const input = container.querySelector<HTMLInputElement>('input')!;
  const results = container.querySelector<HTMLElement>('[data-saved-results]')!;
  const run = () => {
    const query = input.value.trim();
    const terms = fold(query, locale).split(/\s+/).filter(Boolean);
    // With no words, as the explorer lists the library, this lists what the device holds.
    const found = documents
      .map((doc) => ({
        doc,
        score:
          terms.length === 0
            ? 1
            : terms.every((term) => doc.text.includes(term))
              ? terms.reduce(
                  (sum, term) => sum + doc.text.split(term).length + (fold(doc.title, locale).includes(term) ? 10 : 0),
                  0,
                )
              : 0,
      }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score);
    if (found.length === 0) {
      const none = document.createElement('li');
      none.textContent = fill(strings.noSavedResults!, { query });
      return results.replaceChildren(none);
    }
    results.replaceChildren(
      ...found.map(({ doc }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = doc.path;
        link.textContent = doc.title;
        const summary = document.createElement('p');
        summary.textContent = doc.summary;
        item.append(link, summary);
        return item;
      }),
    );
  };
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  input.addEventListener('input', run);
  container.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  run();
};

if (root && offlineSupported()) {
  if (!navigator.onLine) void savedSearch(root);
  else addEventListener('offline', () => void savedSearch(root), { once: true });
}
