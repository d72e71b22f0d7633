/**
 * The search dialog: results as the reader types, the best eight with their
 * kind, date, status and excerpt; arrow keys move between the field and the
 * results; a link carries the query to the search page and its filters.
 */
import { emptyState, formatState } from '../../lib/search/query.ts';
import { formatMessage, type Message, type Vars } from '../../lib/i18n/message.ts';
import { find, loadPagefind } from './pagefind.ts';
import { resultItem } from './result-item.ts';

const SHOWN = 8;
const wired = new WeakSet<HTMLDialogElement>();

/** Wires the open dialog once, starts loading Pagefind, and searches for anything already typed. */
export function enhance(dialog: HTMLDialogElement) {
  if (wired.has(dialog)) return;
  wired.add(dialog);
  const run = wire(dialog);
  loadPagefind().catch(() => undefined); // a search reports the failure
  if (dialog.querySelector<HTMLInputElement>('input[type="search"]')!.value.trim()) void run();
}

function wire(dialog: HTMLDialogElement) {
  const field = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  // The search page of this edition, and what the dialog says in its language (HeaderSearch.astro).
  const page = dialog.querySelector('form')!.getAttribute('action')!;
  const messages = JSON.parse(dialog.dataset.messages ?? '{}') as Record<string, Message>;
  const say = (key: string, vars: Vars = {}) => formatMessage(messages[key]!, vars, document.documentElement.lang);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  async function run() {
    const q = field.value.trim();
    const query = formatState({ ...emptyState(), q });
    all.href = query ? `${page}?${query}` : page;
    all.textContent = say('all');
    const mine = ++latest;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const { results } = await find({ ...emptyState(), q }, false);
      const data = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
      if (mine !== latest) return;
      list.replaceChildren(...data.map((d) => resultItem(d, { sections: 1 })));
      status.textContent =
        results.length === 0
          ? say('none', { q })
          : say(results.length > SHOWN ? 'countShown' : 'count', { count: results.length, shown: SHOWN });
      if (results.length > SHOWN) all.textContent = say('allCount', { count: results.length });
    } catch {
      if (mine === latest) status.textContent = say('failed');
    }
  }

  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  dialog.addEventListener('keydown', (event) => {
    // Esc closes even from a filled search field, whose own Esc would only clear it.
    if (event.key === 'Escape') {
      event.preventDefault();
      return dialog.close();
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [field, ...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });
  // A click on the backdrop closes; so does following a result to another part of the same page.
  dialog.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target === dialog || target.closest('a[href]')) dialog.close();
  });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  return run;
}
