/**
 * What changed in a record between two versions of its file, field by field, in the terms a reader follows: a
 * status or an outcome that moved, a milestone, figure, point or piece of evidence added or revised, a source added.
 * Pure: two parsed versions in, changes out (src/git.ts reads the versions from git).
 */
import { locateSources } from '../source-mix.ts';

/** The kinds of change a record's history tells apart. */
export const HISTORY_KINDS = [
  'added',
  'removed',
  'status',
  'outcome',
  'milestone',
  'evidence',
  'figure',
  'point',
  'control',
  'source',
  'revised',
] as const;

export type HistoryKind = (typeof HISTORY_KINDS)[number];

export interface HistoryChange {
  kind: HistoryKind;
  /** The field it concerns ("status", "figures", "summary"); none when the whole record was added or removed. */
  field?: string;
  /** The value before, where one was replaced ("under-construction"; a figure as "12 km"). */
  from?: string;
  /** The value after, or what was added (a milestone's text, a source's publisher). */
  to?: string;
}

type Data = Record<string, unknown>;
type Item = Record<string, unknown>;

/** Fields whose lists are compared item by item, each item named by a key, with the kind a new item is. */
const LISTS: Record<string, { key: (item: Item) => string; kind: HistoryKind; text: (item: Item) => string }> = {
  milestones: { key: (m) => `${m.date}|${m.text}`, kind: 'milestone', text: (m) => `${m.date}: ${m.text}` },
  evidence: { key: (e) => `${e.date}|${e.text}`, kind: 'evidence', text: (e) => `${e.date}: ${e.text}` },
  controlHistory: {
    key: (c) => `${c.date}|${c.description}`,
    kind: 'control',
    text: (c) => `${c.date}: ${c.description}`,
  },
  points: { key: (p) => String(p.period), kind: 'point', text: (p) => `${p.period}: ${p.value ?? '—'}` },
  alternatives: { key: (p) => `${p.period}|${p.value}`, kind: 'point', text: (p) => `${p.period}: ${p.value ?? '—'}` },
  figures: { key: (f) => String(f.label), kind: 'figure', text: (f) => `${f.label}: ${f.value} ${f.unit}` },
};

/** Single values a reader follows, each with its kind; other top-level fields count as "revised". */
const WATCHED: Record<string, HistoryKind> = { status: 'status', outcome: 'outcome' };

/** Fields that change with the ones above and say nothing of their own (as-of dates), or are not content. */
const QUIET = new Set(['statusAsOf', 'outcomeAsOf', 'sources', 'precision']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The changes from `before` to `after`; a record without a `before` was added, without an `after` removed. */
export function recordChanges(before: Data | undefined, after: Data | undefined): HistoryChange[] {
  if (!before && !after) return [];
  if (!before) return [{ kind: 'added' }];
  if (!after) return [{ kind: 'removed' }];
  const changes: HistoryChange[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[field], after[field]];
    if (same(a, b) || QUIET.has(field)) continue;
    const list = LISTS[field];
    if (list && Array.isArray(a) && Array.isArray(b))
      changes.push(...listChanges(field, a as Item[], b as Item[], list));
    else if (WATCHED[field]) changes.push({ kind: WATCHED[field], field, from: String(a ?? ''), to: String(b ?? '') });
    else if (!same(withoutSources(a), withoutSources(b))) changes.push({ kind: 'revised', field });
  }
  changes.push(...newSources(before, after));
  return changes;
}

/** Items added, and items whose content changed under the same key (a figure's new value). */
function listChanges(field: string, before: Item[], after: Item[], list: (typeof LISTS)[string]): HistoryChange[] {
  const old = new Map(before.map((item) => [list.key(item), item]));
  return after.flatMap((item): HistoryChange[] => {
    const was = old.get(list.key(item));
    if (!was) return [{ kind: list.kind, field, to: list.text(item) }];
    if (same(withoutSources(was), withoutSources(item)) || (list.kind !== 'figure' && list.kind !== 'point')) return [];
    return [{ kind: list.kind, field, from: list.text(was), to: list.text(item) }];
  });
}

/** Sources whose URL the record did not cite before, each once, by publisher. */
function newSources(before: Data, after: Data): HistoryChange[] {
  const cited = new Set(locateSources(before).map((s) => s.source.url));
  const added = new Map(
    locateSources(after)
      .filter((s) => !cited.has(s.source.url))
      .map((s) => [s.source.url, s.source.publisher]),
  );
  return [...added.values()].map((publisher) => ({ kind: 'source' as const, field: 'sources', to: publisher }));
}

/** A value without its sources, so that a source added to an item is not also counted as the item revised. */
function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'sources' && key !== 'source')
      .map(([key, v]) => [key, withoutSources(v)]),
  );
}

/** One dated entry of a record's history: the day of the commit and what it changed. */
export interface HistoryEntry {
  date: string;
  changes: HistoryChange[];
}

/**
 * A record's history from its versions, oldest first (each with the day it was committed): the changes between
 * each version and the one before; days when nothing a reader follows changed are left out.
 */
export function historyOf(versions: Array<{ date: string; data: Data | undefined }>): HistoryEntry[] {
  return versions
    .map((v, i) => ({ date: v.date, changes: recordChanges(versions[i - 1]?.data, v.data) }))
    .filter((e) => e.changes.length > 0);
}

/** Entries of the same day as one: a day's commits read as one change; a record added that day was simply added. */
export function byDay(entries: HistoryEntry[]): HistoryEntry[] {
  const days = new Map<string, HistoryChange[]>();
  for (const e of entries) days.set(e.date, [...(days.get(e.date) ?? []), ...e.changes]);
  return [...days].map(([date, changes]) => ({
    date,
    changes: changes.some((c) => c.kind === 'added') ? [{ kind: 'added' as const }] : changes,
  }));
}
