/**
 * The search page, on Pagefind's own API rather than its ready-made UI: 13 KB of script where
 * the UI took 44 KB, no filter index until a reader opens the filters, and the index loaded
 * while the reader types, so results follow the last keystroke at once. The query and the sort
 * order live in the address (?q=, &sort=), so a search can be shared and repeated in another
 * language.
 */
import { fill } from '../offline/offline-client.js';
import { excerptNodes } from './safe-excerpt.js';
import { filterPanel } from './filter-panel.js';
import { loadPagefind, type ResultData, type SearchResponse } from './pagefind-api.js';

const RESULTS_AT_A_TIME = 5;
// Shorter than a pause between words, longer than one between keystrokes.
const DEBOUNCE_MS = 120;
const MIN_PRELOAD_CHARACTERS = 3;

interface SearchStrings {
  resultOne: string;
  resultsMany: string;
  noResults: string;
  searching: string;
  unavailable: string;
  filters: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  const strings = JSON.parse(root.dataset.searchStrings!) as SearchStrings;
  // The site's base path, from an address that may be relative (a downloaded copy of the library).
  const base = new URL(root.dataset.base!, location.href).pathname;
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const message = root.querySelector<HTMLElement>('[data-search-message]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const sortSelect = document.querySelector<HTMLSelectElement>('[data-search-sort]');
  const elsewhere = document.querySelector<HTMLElement>('[data-search-elsewhere]');
  const params = new URLSearchParams(location.search);
  const sortParam = params.get('sort');
  const sort = sortParam === 'asc' || sortParam === 'desc' ? sortParam : '';
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const pagefind = loadPagefind(base);
  const filters = filterPanel(
    root.querySelector<HTMLDetailsElement>('[data-search-filters]')!,
    strings.filters,
    async () => (await pagefind).filters(),
    () => void run(),
  );

  /** Keeps the query in the address and in the links to the same search in other languages. */
  const remember = (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!elsewhere) return;
    elsewhere.hidden = !query;
    for (const link of elsewhere.querySelectorAll<HTMLAnchorElement>('a[data-search-language]')) {
      const target = new URL(link.href);
      target.search = query ? `?q=${encodeURIComponent(query)}` : '';
      link.href = target.href;
    }
  };

  const resultItem = (data: ResultData): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('p');
    heading.className = 'search-result-title';
    const link = document.createElement('a');
    link.className = 'search-result-link';
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(heading, excerpt);
    // The sections of a long guide where the words are, each its own way in.
    const sections = data.sub_results.filter((sub) => sub.anchor && sub.url !== data.url).slice(0, 3);
    if (sections.length > 0) {
      const nested = document.createElement('ul');
      for (const section of sections) {
        const entry = document.createElement('li');
        const sectionLink = document.createElement('a');
        sectionLink.href = section.url;
        sectionLink.textContent = section.title;
        const sectionExcerpt = document.createElement('p');
        sectionExcerpt.append(...excerptNodes(section.excerpt));
        entry.append(sectionLink, sectionExcerpt);
        nested.append(entry);
      }
      item.append(nested);
    }
    return item;
  };

  let generation = 0;
  let shown = 0;
  let current: SearchResponse | null = null;

  const showMore = async (focusFirst: boolean) => {
    const search = generation;
    const next = current!.results.slice(shown, shown + RESULTS_AT_A_TIME);
    shown += next.length;
    more.hidden = true;
    // All asked for at once, each shown, in order, as soon as it and those before it are in.
    const loading = next.map((result) => result.data());
    // A failure surfaces where it is awaited; the others are not left unhandled.
    for (const data of loading) data.catch(() => {});
    for (const [index, data] of loading.entries()) {
      const item = resultItem(await data);
      if (search !== generation) return;
      list.append(item);
      if (focusFirst && index === 0) item.querySelector('a')?.focus();
    }
    more.hidden = shown >= current!.results.length;
  };

  async function run() {
    const query = input.value.trim();
    const search = (generation += 1);
    remember(query);
    const chosen = filters.selection();
    if (!query && Object.keys(chosen).length === 0) {
      current = null;
      message.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    message.textContent = fill(strings.searching, { query });
    try {
      const response = await (
        await pagefind
      ).search(query || null, { filters: chosen, sort: sort ? { date: sort } : {} });
      if (search !== generation || !response) return;
      current = response;
      shown = 0;
      list.replaceChildren();
      filters.showCounts(response.filters);
      const count = response.results.length;
      message.textContent = fill(
        count === 0 ? strings.noResults : plural.select(count) === 'one' ? strings.resultOne : strings.resultsMany,
        { count, query },
      );
      await showMore(false);
    } catch {
      if (search === generation) message.textContent = strings.unavailable;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
    // The index chunks for the words typed so far load during the pause, not after it; not for
    // a word of one or two letters, whose chunks are those of every word it starts.
    const partial = input.value.trim();
    if ((partial.split(/\s+/).at(-1) ?? '').length >= MIN_PRELOAD_CHARACTERS)
      void pagefind.then((api) => api.preload(partial)).catch(() => {});
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void showMore(true));

  // Another order is another search: the page reloads with it, keeping the query.
  if (sortSelect) {
    sortSelect.value = sort;
    sortSelect.addEventListener('change', () => {
      const url = new URL(location.href);
      if (sortSelect.value) url.searchParams.set('sort', sortSelect.value);
      else url.searchParams.delete('sort');
      location.assign(url);
    });
  }

  for (const hidden of document.querySelectorAll('[data-search-controls], [data-search] form, [data-search-filters]'))
    hidden.removeAttribute('hidden');
  input.value = params.get('q') ?? '';
  if (input.value) void run();
  else input.focus();
  pagefind.catch(() => (message.textContent = strings.unavailable));
}
