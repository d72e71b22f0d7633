/** What the data page lists: each table with its files and sizes, and the changelog by day. */
import { recordPath } from '../routes.ts';
import type { Change, ChangelogDay } from './changelog.ts';
import type { DataFile } from './files.ts';
import type { DataTable } from './tables.ts';

export interface Download {
  /** The data file's path under the site ("/data/projects.csv"). */
  path: string;
  format: 'JSON' | 'CSV' | 'JSON Schema';
  /** "12 kB". */
  size: string;
}

export interface DownloadRow {
  name: string;
  title: string;
  description: string;
  rows: number;
  files: Download[];
}

/** "812 B", "12 kB", "1.4 MB": sizes as file managers write them (1 kB = 1000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Each table with its CSV, and its JSON and JSON Schema where there are some. */
export function downloadRows(tables: DataTable[], files: DataFile[]): DownloadRow[] {
  const download = (file: string, format: Download['format']): Download[] => {
    const found = files.find((f) => f.file === file);
    return found
      ? [{ path: `/data/${file}`, format, size: formatBytes(new TextEncoder().encode(found.text).length) }]
      : [];
  };
  return tables.map((t) => ({
    name: t.name,
    title: t.title,
    description: t.description,
    rows: t.rows.length,
    files: [
      ...download(`${t.name}.json`, 'JSON'),
      ...download(`${t.name}.csv`, 'CSV'),
      ...download(`${t.name}.schema.json`, 'JSON Schema'),
    ],
  }));
}

export interface ChangeGroup {
  change: Change;
  /** "Added 3 projects, 1 place". */
  summary: string;
  /** Each record, with the path of its page unless it was removed. */
  records: Array<{ label: string; path?: string }>;
}

const VERB: Record<Change, string> = { added: 'Added', changed: 'Changed', removed: 'Removed' };

const NOUNS: Record<string, [string, string]> = {
  places: ['place', 'places'],
  events: ['event', 'events'],
  projects: ['project', 'projects'],
  commitments: ['promise', 'promises'],
  series: ['series', 'series'],
  articles: ['chapter', 'chapters'],
  publishers: ['publisher', 'publishers'],
};

/** The newest `limit` days of the changelog, each change kind summarised with its records. */
export function changelogGroups(days: ChangelogDay[], limit: number): Array<{ date: string; groups: ChangeGroup[] }> {
  return days.slice(0, limit).map((day) => ({
    date: day.date,
    groups: (['added', 'changed', 'removed'] as const)
      .map((change) => {
        const rows = day.changes.filter((c) => c.change === change);
        const counts = new Map<string, number>();
        for (const r of rows) counts.set(r.collection, (counts.get(r.collection) ?? 0) + 1);
        const parts = [...counts].map(([c, n]) => `${n} ${(NOUNS[c] ?? [c, c])[n === 1 ? 0 : 1]}`);
        return {
          change,
          summary: `${VERB[change]} ${parts.join(', ')}`,
          records: rows.map((r) => ({
            label: `${r.collection}/${r.id}`,
            ...(change === 'removed' ? {} : { path: recordPath(r.collection, r.id) }),
          })),
        };
      })
      .filter((g) => g.records.length > 0),
  }));
}
