/**
 * The dated changelog of the data, from git history: on each day, which
 * records were added, changed or removed. Read from
 * `git log --format=@%cs --name-status --find-renames -- <content dir>`.
 */

export type Change = 'added' | 'changed' | 'removed';

export interface ChangelogRow {
  date: string;
  change: Change;
  collection: string;
  id: string;
}

export interface ChangelogDay {
  date: string;
  /** Changes of the day, by kind, then collection, then id. */
  changes: ChangelogRow[];
}

interface Op {
  date: string;
  status: string;
  collection: string;
  id: string;
}

const RECORD_FILE = /\.(json|mdx)$/;

/** The collection and id of a content file, or null for anything else. */
function recordOf(path: string, contentDir: string): { collection: string; id: string } | null {
  const prefix = `${contentDir.replace(/^\.\/|\/+$/g, '')}/`;
  if (!path.startsWith(prefix) || !RECORD_FILE.test(path)) return null;
  const parts = path.slice(prefix.length).split('/');
  if (parts.length < 2) return null;
  return { collection: parts[0]!, id: parts.at(-1)!.replace(RECORD_FILE, '') };
}

/** Every change to a record file, oldest first. */
export function parseNameStatus(log: string, contentDir: string): Op[] {
  const ops: Op[] = [];
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      date = line.slice(1).trim();
      continue;
    }
    const [status, ...paths] = line.split('\t');
    if (!status || paths.length === 0 || !date) continue;
    const [from, to] = [recordOf(paths[0]!, contentDir), recordOf(paths.at(-1)!, contentDir)];
    if (status.startsWith('R')) {
      // A move between folders keeps the id (the id is the file name): a change only if the text changed.
      if (from && to && from.collection === to.collection && from.id === to.id) {
        if (status !== 'R100') ops.push({ date, status: 'M', ...to });
        continue;
      }
      if (from) ops.push({ date, status: 'D', ...from });
      if (to) ops.push({ date, status: 'A', ...to });
    } else if (to) {
      ops.push({ date, status: status[0]!, ...to });
    }
  }
  return ops.reverse();
}

const ORDER: Change[] = ['added', 'changed', 'removed'];

/**
 * Net changes per day, newest day first. `published` holds `collection/id` of
 * the records on the site: changes to anything else (drafts) are left out,
 * except removals.
 */
export function changelog(ops: Op[], published: Set<string>): ChangelogDay[] {
  const byDay = new Map<string, Map<string, Op[]>>();
  for (const op of ops) {
    const day = byDay.get(op.date) ?? new Map<string, Op[]>();
    const key = `${op.collection}/${op.id}`;
    day.set(key, [...(day.get(key) ?? []), op]);
    byDay.set(op.date, day);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, records]) => ({
      date,
      changes: [...records.entries()]
        .flatMap(([key, recordOps]): ChangelogRow[] => {
          const change = netChange(recordOps.map((o) => o.status));
          if (!change || (change !== 'removed' && !published.has(key))) return [];
          return [{ date, change, collection: recordOps[0]!.collection, id: recordOps[0]!.id }];
        })
        .sort(
          (a, b) =>
            ORDER.indexOf(a.change) - ORDER.indexOf(b.change) ||
            a.collection.localeCompare(b.collection) ||
            a.id.localeCompare(b.id),
        ),
    }))
    .filter((day) => day.changes.length > 0);
}

/** What a day's operations on one file amount to: added then removed is nothing. */
function netChange(statuses: string[]): Change | null {
  const added = statuses[0] === 'A';
  const removed = statuses.at(-1) === 'D';
  if (added && removed) return null;
  return added ? 'added' : removed ? 'removed' : 'changed';
}
