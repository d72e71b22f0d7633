/**
 * The search page: the form's state lives in the address (`?q=…&place=…`), so
 * a search can be shared and Back undoes a filter. Typing replaces the entry,
 * ticking a filter adds one. Facet counts follow the query and other filters.
 */
import { activeFilters, formatState, parseState, type SearchState } from '../../lib/search/query.ts';
import { formatMessage, type Message, type Vars } from '../../lib/i18n/message.ts';
import { find, type Found, type Result } from './pagefind.ts';
import { resultItem } from './result-item.ts';

const PAGE = 20;
type Say = (key: string, vars?: Vars) => string;
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
  // What the page says, in its edition's language (SearchPage.astro).
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, Message>;
  const say: Say = (key, vars = {}) => formatMessage(messages[key]!, vars, document.documentElement.lang);

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
      status.textContent = describe(state, results.length, say);
    } catch {
      if (mine === latest) status.textContent = say('failed');
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

/** "12 results for “airport”, 2 filters applied" / "Browsing 75 events, newest first", in the page's language. */
function describe(state: SearchState, count: number, say: Say): string {
  const filters = activeFilters(state.filters);
  const within = filters > 0 ? say('within', { count: filters }) : '';
  if (state.q) return count === 0 ? say('none', { q: state.q, within }) : say('found', { count, q: state.q, within });
  if (count === 0) return say('nothing');
  const order = say(state.sort === 'oldest' ? 'oldest' : 'newest');
  const only = state.filters.type.length === 1 ? state.filters.type[0] : undefined;
  return say(only ? `browse.${only}` : 'browse', { count, within, order });
}
