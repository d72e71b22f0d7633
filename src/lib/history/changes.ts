/**
 * The changes page's list: every dated change to the records readers follow, newest first, each with the kinds of
 * change it holds and the places its record concerns, so the page can be filtered by kind of record, kind of change
 * and place. Pure: the report and its records' histories in (src/git.ts reads those), the list out.
 */
import type { CollectionName } from '../../schemas/common.ts';
import { byName, recordTitles, type Report } from '../report.ts';
import { HISTORY_KINDS, type HistoryChange, type HistoryEntry, type HistoryKind } from './record-diff.ts';

/** The records readers follow, in the order the filter offers them; publishers and corrections have pages of their own. */
export const FOLLOWED = ['projects', 'commitments', 'places', 'events', 'series'] as const satisfies CollectionName[];
export type Followed = (typeof FOLLOWED)[number];

export interface ListedChange {
  collection: Followed;
  id: string;
  title: string;
  date: string;
  changes: HistoryChange[];
  /** The kinds of change it holds, each once. */
  kinds: HistoryKind[];
  /** The ids of the places its record concerns (a place, itself). */
  places: string[];
}

const refs = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((r: string | { id: string }) =>
    typeof r === 'string' ? r : r.id,
  );

/** The places each followed record concerns, by "collection/id". */
function placesOf(report: Report): Map<string, string[]> {
  return new Map<string, string[]>([
    ...report.places.map((p): [string, string[]] => [`places/${p.id}`, [p.id]]),
    ...report.projects.map((p): [string, string[]] => [`projects/${p.id}`, refs(p.data.places)]),
    ...report.events.map((e): [string, string[]] => [`events/${e.id}`, refs(e.data.places)]),
    ...report.commitments.map((c): [string, string[]] => [`commitments/${c.id}`, refs(c.data.places)]),
    ...report.series.map((s): [string, string[]] => [
      `series/${s.id}`,
      [...new Set(s.data.points.flatMap((p) => refs(p.place)))],
    ]),
  ]);
}

/** Every change to a followed record of the report, newest first (then by collection and id). */
export function listChanges(report: Report, histories: ReadonlyMap<string, HistoryEntry[]>): ListedChange[] {
  const titles = recordTitles(report);
  const places = placesOf(report);
  return [...histories]
    .filter(([key]) => (FOLLOWED as readonly string[]).includes(key.split('/')[0]!) && titles.has(key))
    .flatMap(([key, entries]) => {
      const [collection, id] = key.split('/') as [Followed, string];
      return entries.map((e) => ({
        collection,
        id,
        title: titles.get(key)!,
        date: e.date,
        changes: e.changes,
        kinds: [...new Set(e.changes.map((c) => c.kind))],
        places: places.get(key) ?? [],
      }));
    })
    .sort((a, b) => b.date.localeCompare(a.date) || `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`));
}

/** What the filter offers: the kinds of record, kinds of change and places the list holds, in a stable order. */
export function changeFacets(report: Report, list: ListedChange[]) {
  const collections = new Set(list.map((c) => c.collection));
  const kinds = new Set(list.flatMap((c) => c.kinds));
  const places = new Set(list.flatMap((c) => c.places));
  return {
    collections: FOLLOWED.filter((c) => collections.has(c)),
    kinds: HISTORY_KINDS.filter((k) => kinds.has(k)),
    places: byName(report.places.filter((p) => places.has(p.id))).map((p) => ({ id: p.id, name: p.data.name })),
  };
}
