/** One search result as DOM: kind, date and status, the title link, the excerpt with matches marked. */
import { excerptParts } from '../../lib/search/excerpt.ts';
import type { ResultData } from './pagefind.ts';

const BADGE: Record<string, string> = {
  project: 'status status-',
  commitment: 'outcome-badge outcome-',
  event: 'chip chip-',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function excerpt(html: string): HTMLParagraphElement {
  const parts = excerptParts(html).map((p) => (p.marked ? element('mark', '', p.text) : p.text));
  return element('p', 'search-excerpt', ...parts);
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

export interface ResultOptions {
  /** Heading level of the title on a page; none in the dialog's compact list. */
  heading?: 'h2' | 'h3';
  /** How many matching sections of a chapter to list under it. */
  sections: number;
}

export function resultItem(data: ResultData, options: ResultOptions): HTMLLIElement {
  const { meta } = data;
  const facts: Array<Node | string> = [element('span', 'search-kind', meta.type)];
  if (meta.date) facts.push(' · ', element('span', 'search-date', meta.date));
  if (meta.status) facts.push(' ', element('span', `${BADGE[meta.kind] ?? ''}${meta.statusKey}`, meta.status));
  const title = link(data.url, meta.title, 'search-result-title');
  const item = element(
    'li',
    `search-result search-result-${meta.kind}`,
    element('p', 'search-result-meta', ...facts),
    options.heading ? element(options.heading, 'search-result-heading', title) : title,
    excerpt(data.excerpt),
  );
  if (meta.context) item.append(element('p', 'search-context', meta.context));
  const sections = data.sub_results.filter((s) => s.url.includes('#') && s.url !== data.url).slice(0, options.sections);
  if (sections.length > 0) {
    const list = sections.map((s) => element('li', '', link(s.url, s.title, 'search-section'), excerpt(s.excerpt)));
    item.append(element('ul', 'search-sections', ...list));
  }
  return item;
}
