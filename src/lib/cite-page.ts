/** "Cite this page": a plain-text reference and a BibTeX entry for any page of the report. */
import { formatDate } from './dates.ts';

export const REPORT_TITLE = 'Karabakh Reconstruction Report';

/**
 * The document title, at most 70 characters (what search results show):
 * "Page · Report" when it fits, else the page's title, shortened at a word if need be.
 */
export function pageTitle(title: string, max = 70): string {
  const full = `${title} · ${REPORT_TITLE}`;
  if (title === REPORT_TITLE || full.length <= max) return title === REPORT_TITLE ? title : full;
  if (title.length <= max) return title;
  return `${title.slice(0, max - 1).replace(/[\s,:;(–-]+\S*$/, '')}…`;
}

export interface PageCitation {
  /** Page title ("Fuzuli International Airport"). */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** When the page's content last changed (YYYY-MM-DD). */
  updated?: string;
}

export function citationText({ title, url, updated }: PageCitation): string {
  const when = updated ? ` Last updated ${formatDate(updated)}.` : '';
  return title === REPORT_TITLE ? `${REPORT_TITLE}.${when} ${url}` : `“${title}.” ${REPORT_TITLE}.${when} ${url}`;
}

export function citationBibtex({ title, url, updated }: PageCitation): string {
  const key = `karabakh-report-${new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}`;
  const fields = [
    ['title', `{${escapeBibtex(title)}}`],
    ['author', `{{${REPORT_TITLE}}}`],
    ['howpublished', `{\\url{${url}}}`],
    ...(updated
      ? [
          ['year', `{${updated.slice(0, 4)}}`],
          ['note', `{Last updated ${updated}}`],
        ]
      : []),
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

function escapeBibtex(text: string): string {
  return text.replace(/([{}&%$#_])/g, '\\$1');
}
