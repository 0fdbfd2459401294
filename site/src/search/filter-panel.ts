/**
 * The filters under the search box (type, theme, region, city, year). Their values and counts
 * cost a download of every filter index, so they are fetched only when a reader opens the
 * panel, not for every search.
 */
import type { FilterCounts, FilterSelection } from './pagefind-api.js';

export interface FilterPanel {
  /** The readers' choice, as Pagefind's search takes it (any of the values ticked per filter). */
  selection(): FilterSelection;
  /** Shows how many results each value would have, from a search's response. */
  showCounts(counts: FilterCounts): void;
}

export const filterPanel = (
  panel: HTMLDetailsElement,
  labels: Record<string, string>,
  loadFilters: () => Promise<FilterCounts>,
  onChange: () => void,
): FilterPanel => {
  const groups = panel.querySelector<HTMLElement>('[data-filter-groups]')!;
  const counters = new Map<string, HTMLElement>();
  let loading: Promise<void> | undefined;

  const render = (all: FilterCounts) => {
    for (const [name, label] of Object.entries(labels)) {
      const values = Object.keys(all[name] ?? {}).sort((a, b) =>
        a.localeCompare(b, document.documentElement.lang, { numeric: true }),
      );
      if (values.length === 0) continue;
      const group = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = label;
      const options = document.createElement('div');
      options.setAttribute('role', 'group');
      options.setAttribute('aria-label', label);
      for (const value of values) {
        const option = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.addEventListener('change', onChange);
        const count = document.createElement('span');
        count.textContent = ` (${all[name]![value]})`;
        counters.set(`${name}\u0000${value}`, count);
        option.append(box, ` ${value}`, count);
        options.append(option);
      }
      group.append(summary, options);
      groups.append(group);
    }
  };

  panel.addEventListener('toggle', () => {
    if (panel.open) loading ??= loadFilters().then(render);
  });

  return {
    selection: () => {
      const chosen: FilterSelection = {};
      for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
        (chosen[box.name] ??= { any: [] }).any.push(box.value);
      return chosen;
    },
    showCounts: (counts) => {
      for (const [key, counter] of counters) {
        const [name, value] = key.split('\u0000') as [string, string];
        counter.textContent = ` (${counts[name]?.[value] ?? 0})`;
      }
    },
  };
};
