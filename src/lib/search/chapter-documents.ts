/**
 * Chapters are indexed from their rendered pages, so results can link to the
 * section that matched. The builder wraps the chapter's body in a small
 * document that carries what the page does not show: the names of the places
 * it covers (as meta), and the result's facet values and sort key.
 */
import { startOf } from '../dates.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import type { Entry, Report } from '../report.ts';
import { routes } from '../routes.ts';
import type { ArticleMeta } from '../../schemas/types.ts';
import { placeAliases, placeIndex } from './aliases.ts';
import { years } from './records.ts';
import type { SearchRecord } from './types.ts';

/** Parts of a chapter page the index leaves out: note lists, note numbers, the kicker and dates. */
export const CHAPTER_EXCLUDES = ['.notes', '.cite-ref', '.kicker', '.as-of'];

/** A chapter's record; `content` is its description, read before the body. */
export function chapterRecord(entry: Entry<ArticleMeta>, report: Report, s: Speaker = speakerOf('en')): SearchRecord {
  const chapter = entry.data;
  const date = chapter.updated ?? chapter.published;
  const sectors = report.projects.filter((p) => chapter.projects.some((r) => r.id === p.id)).map((p) => p.data.sector);
  return {
    url: s.path(routes.article(entry.id)),
    content: chapter.description,
    meta: {
      title: chapter.title,
      kind: 'chapter',
      type: s.t('type.chapter'),
      date: s.date(date),
      status: '',
      statusKey: '',
      context: s.t('chapter.number', { number: chapter.chapter }),
      places: placeAliases(chapter.places, placeIndex(report.places)),
    },
    filters: {
      type: ['chapter'],
      place: chapter.places.map((p) => p.id),
      sector: [...new Set(sectors)],
      year: years([chapter.published, ...(chapter.updated ? [chapter.updated] : [])]),
    },
    sort: { date: startOf(date) },
  };
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const tagged = (attribute: string, values: Record<string, string | string[] | undefined>) =>
  Object.entries(values)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => [key, v ?? ''] as const))
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `<span data-pagefind-${attribute}="${key}">${escapeHtml(value)}</span>`)
    .join('');

/**
 * The document Pagefind indexes for a chapter: title and description first
 * (so they never fall inside a section's sub-result), then the page's
 * body HTML as rendered, without its own h1; meta, filters and sort key
 * outside the indexed body.
 */
export function chapterDocument(record: SearchRecord, bodyHtml: string, lang = 'en'): string {
  const { title, ...meta } = record.meta;
  const body = bodyHtml.replace(/<h1[\s>][\s\S]*?<\/h1>/, '');
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(title)}</title></head><body>`,
    `<main data-pagefind-body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(record.content)}</p>${body}</main>`,
    `<div>${tagged('meta', { title, ...meta })}${tagged('filter', record.filters as Record<string, string[]>)}`,
    `${tagged('sort', record.sort)}</div>`,
    '</body></html>',
  ].join('');
}
