/** "Cite this page": a plain-text reference, a BibTeX entry and CSL-JSON for any page of the report. */
import { REPORT_TITLE } from '../consts.ts';
import { speakerOf, type Speaker } from './i18n/speaker.ts';
import { citationKey, cslItem, type CitationKind, type CslItem } from './export/csl.ts';

/**
 * The document title, at most 70 characters (what search results show):
 * "Page · Report" when it fits, else the page's title, shortened at a word if need be.
 */
export function pageTitle(title: string, site: string = REPORT_TITLE, max = 70): string {
  const full = `${title} · ${site}`;
  if (title === site || full.length <= max) return title === site ? title : full;
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
  /** What the page is; worked out from the title and URL when absent. */
  kind?: CitationKind;
  /** A release of the data ("2026.12"): cited as that version of the data set, rather than as of a date. */
  version?: string;
  /** The release's DOI, once deposited ("10.5281/zenodo.123"). */
  doi?: string;
}

const ENGLISH = speakerOf('en');

/** The report's home page, a chapter (/articles/<id>/), the data page (/data/), or another page. */
export function citationKind({ title, url, kind }: PageCitation, s: Speaker = ENGLISH): CitationKind {
  if (kind) return kind;
  const path = new URL(url).pathname;
  if (title === s.t('site.title')) return 'report';
  if (/\/articles\/[^/]+\/$/.test(path)) return 'chapter';
  if (/\/data\/$/.test(path) || /\/releases\/[^/]+\/$/.test(path)) return 'dataset';
  return 'page';
}

/** The reference as a reader pastes it, in the edition's language (BibTeX and CSL-JSON stay as their tools read them). */
export function citationText(citation: PageCitation, s: Speaker = ENGLISH): string {
  const { title, url, updated } = citation;
  const report = s.t('site.title');
  const when = updated ? ` ${s.t('cite.updated', { date: s.date(updated) })}` : '';
  switch (citationKind(citation, s)) {
    case 'report':
      return `${report}.${when} ${url}`;
    case 'chapter':
      return `“${title}.” ${s.t('cite.in', { report })}${when} ${url}`;
    case 'dataset': {
      const version = citation.version ?? updated;
      const doi = citation.doi ? ` https://doi.org/${citation.doi}` : '';
      return `${report}. “${title}” ${s.t('cite.dataset')}.${version ? ` ${s.t('cite.version', { version })}` : ''} ${url}${doi}`;
    }
    default:
      return `“${title}.” ${report}.${when} ${url}`;
  }
}

export function citationBibtex(citation: PageCitation): string {
  const { title, url, updated } = citation;
  const kind = citationKind(citation);
  const fields = [
    ['title', `{${escapeBibtex(title)}}`],
    ['author', `{{${REPORT_TITLE}}}`],
    ...(kind === 'chapter' ? [['booktitle', `{${REPORT_TITLE}}`]] : []),
    ['howpublished', `{\\url{${url}}}`],
    ...(updated
      ? [
          ['year', `{${updated.slice(0, 4)}}`],
          [
            'note',
            `{${kind === 'dataset' ? `Data set, version ${citation.version ?? updated}` : `Last updated ${updated}`}}`,
          ],
        ]
      : []),
    ...(citation.doi ? [['doi', `{${citation.doi}}`]] : []),
  ];
  return `@misc{${citationKey(url)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

/** CSL-JSON, an array of one item, as citation managers import it. */
export function citationCsl(citation: PageCitation): string {
  const item: CslItem = cslItem({ ...citation, kind: citationKind(citation), report: REPORT_TITLE });
  if (citation.version) item.version = citation.version;
  if (citation.doi) item.DOI = citation.doi;
  return JSON.stringify([item], null, 2);
}

function escapeBibtex(text: string): string {
  return text.replace(/([{}&%$#_])/g, '\\$1');
}
