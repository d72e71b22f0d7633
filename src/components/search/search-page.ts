/**
 * The search page: the form's state lives in the address (`?q=…&place=…`), so
 * a search can be shared and Back undoes a filter. Typing replaces the entry,
 * ticking a filter adds one. Facet counts follow the query and other filters.
 */
import { activeFilters, formatState, parseState, type SearchState } from '../../lib/search/query.ts';
import { typeLabel } from '../../lib/search/types.ts';
import { find, type Found, type Result } from './pagefind.ts';
import { resultItem } from './result-item.ts';

const PAGE = 20;
const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) start(root);

function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const field = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const boxes = [...form.elements].filter(
    (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'checkbox',
  );
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  let results: Result[] = [];
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = () => parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  function write(state: SearchState) {
    field.value = state.q;
    sort.value = state.sort;
    for (const box of boxes) box.checked = state.filters[box.name as keyof SearchState['filters']].includes(box.value);
  }

  function showCounts(counts: Found['counts']) {
    for (const box of boxes) {
      const count = counts[box.name as keyof Found['counts']][box.value] ?? 0;
      const label = box.closest('label')!;
      label.querySelector('.facet-count')!.textContent = String(count);
      label.classList.toggle('facet-empty', count === 0);
    }
  }

  /** The next page of results as list items, loaded before anything on screen changes. */
  async function page(from: number) {
    const data = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    return data.map((d) => resultItem(d, { heading: 'h3', sections: 3 }));
  }

  async function run(state: SearchState, history: 'push' | 'replace' | 'none') {
    const query = formatState(state);
    const address = `${location.pathname}${query ? `?${query}` : ''}`;
    if (history === 'push' && address !== `${location.pathname}${location.search}`)
      window.history.pushState(null, '', address);
    if (history === 'replace') window.history.replaceState(null, '', address);
    const mine = ++latest;
    root.setAttribute('aria-busy', 'true');
    try {
      const found = await find(state);
      if (mine !== latest) return;
      results = found.results;
      const items = await page(0);
      if (mine !== latest) return;
      showCounts(found.counts);
      list.replaceChildren(...items);
      more.hidden = items.length >= results.length;
      status.textContent = describe(state, results.length);
    } catch {
      if (mine === latest) status.textContent = 'Search could not be loaded. Reload the page to try again.';
    } finally {
      if (mine === latest) root.removeAttribute('aria-busy');
    }
  }

  for (const control of root.querySelectorAll<HTMLInputElement>('[data-search-controls]')) control.disabled = false;
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(read(), 'replace'), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(read(), 'push');
  });
  root.addEventListener('change', (event) => {
    if (event.target !== field) void run(read(), 'push');
  });
  root.querySelector('[data-search-clear]')!.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    void run(read(), 'push');
  });
  more.addEventListener('click', async () => {
    const shown = results;
    const items = await page(list.children.length);
    if (shown !== results) return;
    list.append(...items);
    more.hidden = list.children.length >= results.length;
    items[0]?.querySelector('a')?.focus();
  });
  addEventListener('popstate', () => {
    const state = parseState(location.search);
    write(state);
    void run(state, 'none');
  });
  const initial = parseState(location.search);
  write(initial);
  void run(initial, 'none');
}

/** "12 results for “airport”, in 2 filters" / "Browsing 75 events, newest first". */
function describe(state: SearchState, count: number): string {
  const filters = activeFilters(state.filters);
  const things = count === 1 ? 'result' : 'results';
  const within = filters > 0 ? `, ${filters} filter${filters === 1 ? '' : 's'} applied` : '';
  if (state.q)
    return count === 0 ? `No results for “${state.q}”${within}.` : `${count} ${things} for “${state.q}”${within}.`;
  const only = state.filters.type.length === 1 ? typeLabel[state.filters.type[0] as keyof typeof typeLabel] : '';
  const order = state.sort === 'oldest' ? 'oldest first' : 'newest first';
  if (count === 0) return `Nothing matches these filters.`;
  return `Browsing ${count} ${only ? `${only.toLowerCase()}${count === 1 ? '' : 's'}` : things}${within}, ${order}.`;
}
