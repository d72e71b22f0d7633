/**
 * CSL-JSON (Citation Style Language) items: the format Zotero, Mendeley and
 * Pandoc import, so a reader can cite the report, a chapter, the dataset or
 * any page in whatever style their publication uses.
 */

/** What is being cited. */
export type CitationKind = 'report' | 'chapter' | 'dataset' | 'page';

export interface CitationInput {
  kind: CitationKind;
  /** Title of the page, chapter or dataset. */
  title: string;
  /** Absolute URL. */
  url: string;
  /** Last change, YYYY-MM-DD. */
  updated?: string;
  /** The report's name: the author, and the container of chapters and pages. */
  report: string;
}

export interface CslDate {
  'date-parts': number[][];
}

export interface CslItem {
  id: string;
  type: 'report' | 'chapter' | 'dataset' | 'webpage';
  title: string;
  author: Array<{ literal: string }>;
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  version?: string;
  medium?: string;
  DOI?: string;
  URL: string;
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as CSL date parts. */
export function cslDate(date: string): CslDate {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/** A stable citation key from the URL's path ("karabakh-report-articles-transport"). */
export function citationKey(url: string): string {
  const path = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return `karabakh-report-${path || 'home'}`;
}

const TYPES = { report: 'report', chapter: 'chapter', dataset: 'dataset', page: 'webpage' } as const;

export function cslItem({ kind, title, url, updated, report }: CitationInput): CslItem {
  return {
    id: citationKey(url),
    type: TYPES[kind],
    title,
    author: [{ literal: report }],
    ...(kind === 'report' ? { publisher: report } : { 'container-title': report }),
    ...(updated ? { issued: cslDate(updated) } : {}),
    ...(kind === 'dataset' && updated ? { version: updated } : {}),
    ...(kind === 'dataset' ? { medium: 'JSON, CSV' } : {}),
    URL: url,
  };
}
