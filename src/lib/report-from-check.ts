/**
 * The report from the content check's records, in the order pages list them:
 * how code outside Astro reads content (the search index at the end of a
 * build and in the dev server, the unit tests). References become
 * `{ collection, id }`, as Astro's are.
 */
import type { CheckedRecord } from './integrity/index.ts';
import { Ref } from './integrity/references.ts';
import { assembleReport, type Entry, type Report } from './report.ts';
import type { ArticleMeta } from '../schemas/types.ts';
import type { Translation } from './i18n/translations.ts';

const plain = (value: unknown): unknown =>
  value instanceof Ref
    ? { collection: value.collection, id: value.id }
    : Array.isArray(value)
      ? value.map(plain)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
        : value;

export function reportFromCheck(records: CheckedRecord[]): Report {
  const of = <T>(collection: string) =>
    records
      .filter((r) => r.collection === collection)
      .map(
        (r) =>
          ({
            id: r.id,
            data: plain(r.data) as T,
            filePath: r.file,
            ...(r.body === undefined ? {} : { body: r.body }),
          }) satisfies Entry<T>,
      );
  return assembleReport({
    places: of('places'),
    events: of('events'),
    projects: of('projects'),
    commitments: of('commitments'),
    series: of('series'),
    articles: of<ArticleMeta>('articles'),
    corrections: of('corrections'),
    publishers: of('publishers'),
    translations: of<Translation>('translations'),
  });
}
