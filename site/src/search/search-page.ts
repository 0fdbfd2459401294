/**
 * The explorer's script: narrows the build-rendered list by facets (explorer.json, every
 * document's facet values) and by words: first those of titles, summaries and terms (the light
 * word index, one small file per query word), then, when they find less than a page or the reader
 * asks, the full text of pages and PDFs (Pagefind, loaded only then). It recounts every facet with
 * the others applied and keeps the state in the address (?q=…&type=…&theme=…&sort=…&full=1) so a
 * view can be shared, reloaded and stepped through with Back.
 */
import { longDate } from '../i18n/formats.js';
import { fill, fillPlural, type Plural } from '../i18n/templates.js';
import {
  CARD_FILTER,
  cardPlace,
  explorerCardsFile,
  facetValueLabel,
  type ExplorerCard,
  type ExplorerDocument,
  EXPLORER_KEYS_FILE,
  type ExplorerIndex,
} from './explorer-format.js';
import { explorerWordsFile, markWords, queryTerms, rankWords, type ExplorerWords } from './explorer-words.js';
import { loadPagefind, type PagefindSearch, type ResultData, type SearchResponse } from './pagefind-api.js';
import { readJson } from './read-json.js';
import { excerptNodes } from './safe-excerpt.js';

const PAGE_SIZE = 20;
// A query's results come ten at a time, each needing its card; when titles, summaries and terms
// find fewer than that, the full text is searched too.
const QUERY_PAGE_SIZE = 10;
// As many as a first screen shows: they need not wait for the rest of the page's.
const FIRST_RESULTS = 5;
// Shorter than a pause between words, longer than one between keystrokes.
const DEBOUNCE_MS = 120;
// Filters that mean the same in every language, kept when the same search is opened in another.
const SHARED_FILTERS = new Set(['type', 'year', 'language']);

interface ExplorerStrings {
  documents: Plural;
  results: Plural;
  noResults: string;
  dropFilter: string;
  inLanguage: string;
  elsewhere: string;
  pdfPage: string;
  searching: string;
  unavailable: string;
}

type Sort = '' | 'asc' | 'desc';
interface ExplorerState {
  q: string;
  /** In the order chosen: "remove the last filter" removes the last. */
  filters: [facet: string, value: string][];
  sort: Sort;
  /** The full text searched too, at the reader's request. */
  full: boolean;
}

type Hit = SearchResponse['results'][number];

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  const strings = JSON.parse(root.dataset.searchStrings!) as ExplorerStrings;
  // Relative in a downloaded copy of the library: resolved against the page.
  const base = new URL(root.dataset.base!, location.href).pathname;
  const folder = new URL('.', location.href).href;
  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);
  const dates = longDate(lang);
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  const queryForm = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = queryForm.querySelector('input')!;
  const facetForm = root.querySelector<HTMLFormElement>('[data-explorer-facets]')!;
  const sortSelect = facetForm.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const message = root.querySelector<HTMLElement>('[data-search-message]')!;
  const drop = root.querySelector<HTMLElement>('[data-explorer-drop]')!;
  const fullText = root.querySelector<HTMLElement>('[data-explorer-full]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const elsewhere = root.querySelector<HTMLElement>('[data-search-elsewhere]');
  const facetNames = new Set(
    [...facetForm.querySelectorAll<HTMLElement>('[data-facet]')].map((set) => set.dataset.facet!),
  );
  const boxes = [...facetForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  const readState = (): ExplorerState => {
    const params = new URLSearchParams(location.search);
    const sort = params.get('sort');
    return {
      q: (params.get('q') ?? '').trim(),
      filters: [...params].filter(([name]) => facetNames.has(name)),
      sort: sort === 'asc' || sort === 'desc' ? sort : '',
      full: params.get('full') === '1' && Boolean(params.get('q')?.trim()),
    };
  };
  const paramsOf = (state: ExplorerState, keep: (facet: string) => boolean = () => true) => {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    for (const [facet, value] of state.filters) if (keep(facet)) params.append(facet, value);
    if (state.sort) params.set('sort', state.sort);
    if (state.full && state.q) params.set('full', '1');
    const search = params.toString();
    return search ? `?${search}` : '';
  };
  let state = readState();
  const isEmpty = (view: ExplorerState) => !view.q && view.filters.length === 0 && !view.sort;

  /** Puts the state in the address: a new entry for a step Back should undo, else in place. */
  const remember = (step: boolean) => {
    const address = `${location.pathname}${paramsOf(state)}`;
    if (address === `${location.pathname}${location.search}`) return;
    if (step) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
  };

  /** One of the explorer's files, loaded once; a failed load is tried again next time rather than remembered. */
  const files = new Map<string, Promise<unknown>>();
  const explorerFile = <T>(name: string, read: (url: string) => Promise<T> = readJson): Promise<T> => {
    let file = files.get(name) as Promise<T> | undefined;
    if (!file) {
      file = read(new URL(name, folder).href);
      files.set(name, file);
      file.catch(() => files.delete(name));
    }
    return file;
  };
  const loadExplorer = () => explorerFile<ExplorerIndex>(root.dataset.index!);
  /** The index's positions newest first, and each position's rank in that order (as explorer-data.ts sorts). */
  let order: Promise<{ newest: number[]; rank: Int32Array }> | undefined;
  const loadOrder = () => {
    order ??= loadExplorer().then(({ documents }) => {
      const newest = documents
        .map((_, position) => position)
        // ISO dates order as plain strings: no locale-aware comparison over thousands of documents.
        .sort((a, b) => {
          const [dateA, dateB] = [documents[a]![0], documents[b]![0]];
          return dateA === dateB ? b - a : dateA < dateB ? 1 : -1;
        });
      const rank = new Int32Array(documents.length);
      newest.forEach((position, place) => (rank[position] = place));
      return { newest, rank };
    });
    // As for the files: a failed load is tried again next time.
    order.catch(() => (order = undefined));
    return order;
  };
  const loadPositions = () =>
    explorerFile(EXPLORER_KEYS_FILE, (url) =>
      readJson<string[]>(url).then((keys) => new Map(keys.map((key, position) => [key, position]))),
    );
  // No word of the library starts as this one does: its file was never written.
  const wordsFor = (term: string) => explorerFile(explorerWordsFile(term), (url) => readJson<ExplorerWords>(url, {}));
  const cardOf = async (position: number): Promise<ExplorerCard> => {
    const [file, slot] = cardPlace(position);
    return (await explorerFile<ExplorerCard[]>(explorerCardsFile(file)))[slot]!;
  };
  /** A result's card from its fragment; a record written before cards were (or a bad one) falls back to the card files. */
  const cardOfHit = (position: number, hit: ResultData): Promise<ExplorerCard> | ExplorerCard => {
    try {
      const card = JSON.parse(hit.filters?.[CARD_FILTER]?.[0] ?? 'null') as unknown;
      if (Array.isArray(card) && card.slice(0, 3).every((part) => typeof part === 'string'))
        return card as ExplorerCard;
    } catch {
      // The card files have it.
    }
    return cardOf(position);
  };
  let pagefind: Promise<PagefindSearch> | undefined;
  const loadSearch = () => (pagefind ??= loadPagefind(base));

  // Each box's facet and value in the index, looked up once: a facet can list hundreds of cities.
  let places: Map<HTMLInputElement, [number, number]> | undefined;
  const placeOf = (index: ExplorerIndex, box: HTMLInputElement): [number, number] => {
    places ??= new Map(
      boxes.map((each) => {
        const facet = index.facets.findIndex((entry) => entry.name === each.name);
        const value = index.facets[facet]?.values.findIndex((entry) => entry.value === each.value) ?? -1;
        return [each, [facet, value]];
      }),
    );
    return places.get(box)!;
  };

  const labelOf = (index: ExplorerIndex, facet: string, value: number | undefined) =>
    value === undefined ? undefined : index.facets.find((entry) => entry.name === facet)?.values[value]?.label;

  /** A passage in the page: its matched words marked, as Pagefind's excerpts mark them. */
  const markedNodes = (text: string, terms: string[]) =>
    markWords(text, terms).map(({ text: part, marked }) =>
      marked ? Object.assign(document.createElement('mark'), { textContent: part }) : part,
    );

  /** With a query, a result's passage: its full-text hit, else its summary with the words marked. */
  const resultItem = (
    index: ExplorerIndex,
    doc: ExplorerDocument,
    card: ExplorerCard,
    match?: { terms: string[]; hit?: ResultData },
  ) => {
    const [date, language, values] = doc;
    const hit = match?.hit;
    const [path, title, summary, thumbnail] = card;
    // The card's addresses are from the site's root, without its base (portableCard).
    const url = `${base}${path}`;
    const facetAt = (name: string) => index.facets.findIndex((facet) => facet.name === name);
    const other = language === lang ? undefined : language;
    const item = document.createElement('li');
    item.className = 'search-result';
    const typeAt = values[facetAt('type')]?.[0];
    // As at build: the type's colour on the item, its name as a badge.
    const type = typeAt === undefined ? undefined : index.facets[facetAt('type')]?.values[typeAt];
    if (type) item.dataset.type = type.value;
    const heading = document.createElement('p');
    heading.className = 'search-result-title';
    const link = document.createElement('a');
    link.className = 'search-result-link';
    const page = hit && /#page=(\d+)$/.exec(hit.url)?.[1];
    // A hit on the page itself opens it with the words highlighted (Pagefind's address for it).
    const highlight = new URLSearchParams(match?.terms.map((term) => ['highlight', term]));
    link.href = hit && !page ? hit.url : match ? `${url}?${highlight}` : url;
    link.textContent = title;
    // Another language's text sets its own direction: English in an Arabic list stays left to right.
    if (other) Object.assign(link, { lang: other, dir: 'auto' });
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    const time = document.createElement('time');
    time.dateTime = date;
    time.textContent = dates.format(new Date(`${date}T12:00:00Z`));
    // As at build (search-view.astro): a city only for a document about one.
    const cities = values[facetAt('city')] ?? [];
    const city = cities.length === 1 ? labelOf(index, 'city', cities[0]) : undefined;
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = type?.label ?? '';
    meta.append(badge, ' · ', time, city ? ` · ${city}` : '');
    if (other) {
      const marker = document.createElement('span');
      marker.className = 'in-language';
      marker.textContent = fill(strings.inLanguage, { language: languageName.of(other) ?? other });
      meta.append(' · ', marker);
    }
    const text = document.createElement('p');
    text.textContent = summary;
    if (other) Object.assign(text, { lang: other, dir: 'auto' });
    const passage = document.createElement('p');
    passage.className = 'search-excerpt';
    if (thumbnail) {
      const [src, srcset, width, height] = thumbnail;
      const image = Object.assign(document.createElement('img'), {
        src: `${base}${src}`,
        srcset: srcset
          .split(', ')
          .map((candidate) => `${base}${candidate}`)
          .join(', '),
        width,
        height,
        alt: '',
        loading: 'lazy',
        decoding: 'async',
      });
      image.className = 'search-result-thumb';
      // Offline, covers of results past the saved first page are not there: no empty frame then.
      image.addEventListener('error', () => image.remove());
      item.append(image);
    }
    item.append(heading, meta);
    if (match && !hit) {
      passage.append(...markedNodes(summary, match.terms));
      if (other) Object.assign(passage, { lang: other, dir: 'auto' });
      item.append(passage);
    } else item.append(text);
    if (hit) {
      if (page) {
        const pdf = document.createElement('a');
        pdf.href = hit.url;
        pdf.textContent = fill(strings.pdfPage, { page });
        passage.append(pdf, ': ');
      }
      passage.append(...excerptNodes(hit.excerpt));
      item.append(passage);
    }
    return item;
  };

  let generation = 0;
  // The first keystroke of a search is a step Back returns from; the next ones refine it.
  let typing = false;
  let matched: number[] = [];
  let hits = new Map<number, Hit>();
  // The words the list was searched for: none when it is the library's, unsearched.
  let terms: string[] | undefined;
  let shown = 0;

  /**
   * Shows the next results, the first FIRST_RESULTS as soon as their cards and passages are in
   * (fetched with the others', not before them), the others once theirs are; false when a newer
   * view took over meanwhile.
   */
  const showItems = async (from: number, focusFirst: boolean): Promise<boolean> => {
    const run = generation;
    const index = await loadExplorer();
    const positions = matched.slice(from, from + (terms ? QUERY_PAGE_SIZE : PAGE_SIZE));
    const items = positions.map(async (position) => {
      const hit = await hits.get(position)?.data();
      const card = await (hit ? cardOfHit(position, hit) : cardOf(position));
      return resultItem(index, index.documents[position]!, card, terms && { terms, hit });
    });
    const [first, rest] = await Promise.all([
      Promise.all(items.slice(0, FIRST_RESULTS)).then((ready) => {
        if (run !== generation) return ready;
        if (from === 0) list.replaceChildren(...ready);
        else list.append(...ready);
        if (focusFirst) ready[0]?.querySelector('a')?.focus();
        return ready;
      }),
      Promise.all(items.slice(FIRST_RESULTS)),
    ]);
    if (run !== generation) return false;
    list.append(...rest);
    shown = from + first.length + rest.length;
    more.hidden = shown >= matched.length;
    return true;
  };

  const showFilters = () => {
    const chosen = new Set(state.filters.map(([facet, value]) => `${facet}=${value}`));
    for (const box of boxes) box.checked = chosen.has(`${box.name}=${box.value}`);
    sortSelect.value = state.sort;
    // Only when the view came from elsewhere (Back, a link): rewriting the box as one types would eat its spaces.
    if (input.value.trim() !== state.q) input.value = state.q;
  };

  const elsewhereLinks = elsewhere ? [...elsewhere.querySelectorAll<HTMLAnchorElement>('a[data-search-language]')] : [];
  const countOf = (link: HTMLAnchorElement) => link.nextElementSibling!;

  const showElsewhere = () => {
    if (!elsewhere) return;
    elsewhere.hidden = !state.q;
    for (const link of elsewhereLinks) {
      const target = new URL(link.href);
      target.search = paramsOf(state, (facet) => SHARED_FILTERS.has(facet));
      link.href = target.href;
      countOf(link).textContent = '';
    }
  };

  /**
   * After zero results: how many documents the same words find in each other language, said
   * after the status line and beside each link, which then searches the words alone (as counted).
   */
  const showCountsElsewhere = async (run: number) => {
    if (elsewhereLinks.length === 0) return;
    const counts = await (await loadSearch()).countElsewhere(state.q);
    if (run !== generation) return;
    const numbers = new Intl.NumberFormat(lang);
    const said = elsewhereLinks.map((link) => {
      const count = numbers.format(counts[link.hreflang] ?? 0);
      const target = new URL(link.href);
      target.search = paramsOf({ ...state, filters: [], sort: '' });
      link.href = target.href;
      countOf(link).textContent = ` (${count})`;
      // Isolated, so that a right-to-left name keeps its number after it in a left-to-right line.
      return `\u2068${link.textContent}\u2069 ${count}`;
    });
    const list = new Intl.ListFormat(lang, { style: 'short', type: 'unit' }).format(said);
    message.textContent += ` ${fill(strings.elsewhere, { counts: list })}`;
  };

  const showDrop = (index: ExplorerIndex) => {
    const last = state.filters.at(-1);
    drop.replaceChildren();
    drop.hidden = matched.length > 0 || !last;
    if (!last) return;
    const label = facetValueLabel(index.facets, ...last) ?? last[1];
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = fill(strings.dropFilter, { filter: label });
    button.addEventListener('click', async () => {
      state = { ...state, filters: state.filters.slice(0, -1) };
      remember(true);
      await render();
      // The button is gone: the focus goes to what it changed, not back to the top of the page.
      message.focus();
    });
    drop.append(button);
  };

  /** What was asked for, in words: the query and the chosen filters' names. */
  const describe = (index: ExplorerIndex) =>
    [
      ...(state.q ? [`“${state.q}”`] : []),
      ...state.filters.map(([name, value]) => facetValueLabel(index.facets, name, value) ?? value),
    ].join(', ');

  async function render() {
    const run = (generation += 1);
    showFilters();
    showElsewhere();
    try {
      const index = await loadExplorer();
      const chosen = index.facets.map(({ name, values }) => {
        const picked = state.filters.filter(([facet]) => facet === name).map(([, value]) => value);
        return new Set(picked.map((value) => values.findIndex((entry) => entry.value === value)));
      });
      // Values within a facet widen the list, facets narrow it; a facet's own counts ignore its choice.
      const passes = (doc: ExplorerDocument, except = -1) =>
        chosen.every(
          (values, facet) => facet === except || values.size === 0 || doc[2][facet]!.some((value) => values.has(value)),
        );
      const { newest, rank } = await loadOrder();
      let ranked = newest;
      const found = new Map<number, Hit>();
      const words = queryTerms(state.q);
      // A letter typed alone is not searched yet (nothing is filed under one letter): it would load
      // the full text for a word not yet written. Asked for, the full text searches it.
      const searching = Boolean(state.q) && (words.length > 0 || state.full);
      let searchedText = false;
      if (searching) {
        message.textContent = fill(strings.searching, { query: state.q });
        const wordFiles = await Promise.all(words.map((word) => wordsFor(word))).catch(() => undefined);
        ranked = wordFiles
          ? rankWords(
              words,
              (word) => wordFiles[words.indexOf(word)]!,
              (a, b) => rank[a]! - rank[b]!,
            )
          : [];
        const enough = ranked.filter((position) => passes(index.documents[position]!)).length >= QUERY_PAGE_SIZE;
        if (state.full || !enough) {
          searchedText = true;
          try {
            const search = await loadSearch();
            const [response, keys, positionOf] = await Promise.all([
              search.search(state.q),
              search.documentKeys(),
              loadPositions(),
            ]);
            // A document's place is that of its best record: its page or a page of its PDF.
            for (const result of response?.results ?? []) {
              const position = positionOf.get(keys[result.id] ?? '');
              if (position !== undefined && !found.has(position)) found.set(position, result);
            }
            // What only a title, summary or term names (a city in a spotlight's tags) follows the full text's.
            ranked = [...found.keys(), ...ranked.filter((position) => !found.has(position))];
          } catch (error) {
            // Unasked for, the full text missing (offline, not saved) leaves what the words found.
            if (state.full || !wordFiles) throw error;
          }
        }
      }
      if (run !== generation) return;
      matched = ranked.filter((position) => passes(index.documents[position]!));
      if (state.sort === 'desc' || (state.sort === '' && !searching)) matched.sort((a, b) => rank[a]! - rank[b]!);
      else if (state.sort === 'asc') matched.sort((a, b) => rank[b]! - rank[a]!);
      hits = found;
      terms = searching ? words : undefined;
      fullText.hidden = !state.q || searchedText;
      // The first cards travel while the counts are drawn: the network, not the counting, is the wait.
      for (const position of matched.slice(0, FIRST_RESULTS))
        if (!found.has(position)) void cardOf(position).catch(() => {});

      const counts = index.facets.map((facet) => facet.values.map(() => 0));
      for (const position of ranked) {
        const doc = index.documents[position]!;
        for (const [facet, values] of doc[2].entries())
          if (passes(doc, facet)) for (const value of values) counts[facet]![value]! += 1;
      }
      for (const box of boxes) {
        const [facet, value] = placeOf(index, box);
        const count = counts[facet]?.[value] ?? 0;
        const label = box.closest('label')!;
        label.querySelector('[data-count]')!.textContent = String(count);
        // A value with nothing left is hidden unless chosen, so the lists stay short.
        label.hidden = count === 0 && !box.checked;
      }

      // Announced once the list shows what it says, not before.
      if (!(await showItems(0, false))) return;
      const count = matched.length;
      message.textContent =
        count === 0
          ? fill(strings.noResults, { what: describe(index) })
          : searching
            ? fillPlural(strings.results, plural, count, { query: state.q })
            : fillPlural(strings.documents, plural, count);
      showDrop(index);
      // Without them the answer stands as it is.
      if (count === 0 && searching) await showCountsElsewhere(run).catch(() => {});
    } catch {
      if (run === generation) message.textContent = strings.unavailable;
    }
  }

  // The index and its order are ready before the first word is typed.
  const load = () => {
    void loadOrder().catch(() => {});
  };
  root.addEventListener('focusin', load, { once: true });
  root.addEventListener('pointerdown', load, { once: true });

  facetForm.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target === sortSelect) state = { ...state, sort: sortSelect.value as Sort };
    else {
      const pair: [string, string] = [target.name, target.value];
      const others = state.filters.filter(([facet, value]) => facet !== pair[0] || value !== pair[1]);
      state = { ...state, filters: (target as HTMLInputElement).checked ? [...others, pair] : others };
    }
    typing = false;
    remember(true);
    void render();
  });

  /** The state with the words in the box; new words keep the full text if it was asked for. */
  const queried = (): ExplorerState => {
    const q = input.value.trim();
    return { ...state, q, full: state.full && q !== '' };
  };
  fullText.querySelector('button')!.addEventListener('click', async () => {
    state = { ...state, full: true };
    remember(true);
    await render();
    // As for a dropped filter: the button is gone, the focus goes to what it changed.
    message.focus();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // What an earlier search finds now would answer words no longer in the box.
    generation += 1;
    timer = setTimeout(() => {
      state = queried();
      remember(!typing);
      typing = true;
      void render();
    }, DEBOUNCE_MS);
    // The word file of the word being typed loads during the pause, not after it.
    const last = queryTerms(input.value).at(-1);
    if (last) void wordsFor(last).catch(() => {});
  });
  queryForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = queried();
    remember(!typing);
    typing = false;
    void render();
  });
  more.addEventListener('click', async () => {
    // The list on screen was rendered at build: the rest comes with the explorer's index.
    if (generation === 0) await render();
    await showItems(shown, true);
  });
  addEventListener('popstate', () => {
    state = readState();
    typing = false;
    void render();
  });

  // On a phone the filters fold away above the list; beside it on a wide screen they stay open.
  const filters = facetForm.querySelector<HTMLDetailsElement>('[data-explorer-filters]')!;
  const wide = matchMedia('(min-width: 64rem)');
  const fold = () => (filters.open = wide.matches || state.filters.length > 0);
  wide.addEventListener('change', fold);
  fold();
  facetForm.hidden = false;
  shown = list.children.length;
  // Words typed before this script ran (a slow connection) are searched as if typed now.
  const early = input.value.trim();
  if (early && early !== state.q) {
    state = { ...state, q: early };
    remember(true);
  }
  if (isEmpty(state)) more.hidden = shown >= Number(root.dataset.total);
  else void render();
}
