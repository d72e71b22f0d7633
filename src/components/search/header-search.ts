/**
 * The header's search, enhanced: the plain link to /search/ becomes a button
 * that opens the search dialog, and `/` opens it from anywhere but a text field.
 * The dialog's code and Pagefind load only when the reader reaches for search.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
// On the search page its own field is the search.
const pageField = () => document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');

const load = () => import('./search-dialog.ts');

/** Opens at once, so no keystroke is lost; the results code follows and searches what is typed by then. */
async function open() {
  const field = pageField();
  if (field) return field.focus();
  dialog!.showModal();
  const input = dialog!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.focus();
  input.select();
  (await load()).enhance(dialog!);
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  Boolean(target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'));

if (link && button && dialog && typeof dialog.showModal === 'function') {
  link.hidden = true;
  button.hidden = false;
  button.addEventListener('click', () => void open());
  button.addEventListener('pointerenter', () => void load(), { once: true });
  button.addEventListener('focus', () => void load(), { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (dialog.open || typing(event.target)) return;
    event.preventDefault();
    void open();
  });
}
