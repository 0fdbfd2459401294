// The search page's behaviour around Pagefind's UI: the query and the sort order live in the
// address (?q=, &sort=) so a search can be shared and repeated in another language, and filter
// names are shown in the page's language. Plain script: no build step, no dependencies.
(() => {
  const root = document.getElementById('search');
  if (!root || typeof PagefindUI === 'undefined') return;
  const settings = JSON.parse(root.dataset.searchSettings);
  // The site's base path, from an address that may be relative (a downloaded copy of the library).
  const base = new URL(root.dataset.base, location.href).pathname;
  const sortSelect = document.querySelector('[data-search-sort]');
  const elsewhere = document.querySelector('[data-search-elsewhere]');
  const params = new URLSearchParams(location.search);
  let query = params.get('q') ?? '';
  const sort = ['asc', 'desc'].includes(params.get('sort')) ? params.get('sort') : '';

  const remember = (value) => {
    query = value;
    const url = new URL(location.href);
    if (value) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!elsewhere) return;
    elsewhere.hidden = !value;
    for (const link of elsewhere.querySelectorAll('a[data-search-language]')) {
      const target = new URL(link.href);
      target.search = value ? `?q=${encodeURIComponent(value)}` : '';
      link.href = target.href;
    }
  };

  const ui = new PagefindUI({
    element: '#search',
    bundlePath: `${base}pagefind/`,
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    debounceTimeoutMs: 150,
    highlightParam: 'highlight',
    autofocus: !query,
    sort: sort ? { date: sort } : undefined,
    processTerm: (term) => {
      remember(term);
      return term;
    },
  });

  // Pagefind names filters by their key; readers see them in their language.
  new MutationObserver(() => {
    for (const name of root.querySelectorAll('.pagefind-ui__filter-name')) {
      const label = settings.filters[name.textContent.trim()];
      if (label) name.textContent = label;
    }
  }).observe(root, { childList: true, subtree: true });

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
  document.querySelector('[data-search-controls]')?.removeAttribute('hidden');
  remember(query);
  if (query) ui.triggerSearch(query);
})();
