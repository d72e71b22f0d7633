/**
 * Records as the open data publishes them: the id, the URL of the record's page,
 * then its fields exactly as editors write them (references as plain ids).
 */
import type { CollectionName } from '../../schemas/common.ts';
import type { HistoryEntry } from '../history/record-diff.ts';
import type { Entry, Report } from '../report.ts';
import { recordPath } from '../routes.ts';

/** A record in the published JSON and CSV. */
export interface PublishedRecord {
  id: string;
  /** Absolute URL of the record's page on the site. */
  url: string;
  [field: string]: unknown;
}

/** What each collection holds, for the data page, the datapackage and the schemas. */
export const collectionInfo: Record<CollectionName, { title: string; description: string }> = {
  places: {
    title: 'Places',
    description: 'Towns and cities of the region, with every name they are known by, coordinates and population.',
  },
  events: {
    title: 'Timeline events',
    description: 'Dated events of the war, its aftermath, the peace process and the reconstruction.',
  },
  projects: {
    title: 'Reconstruction projects',
    description: 'Airports, roads, railways, power, villages: status, milestones, figures and contractors.',
  },
  commitments: {
    title: 'Promises and delivery',
    description: 'Public promises about the reconstruction, each assessed against what was delivered.',
  },
  series: {
    title: 'Number series',
    description: 'Numbers over time (budgets, demining, returns), every value with its source and as-of date.',
  },
  articles: {
    title: 'Chapters',
    description: 'The chapters of the report: titles, dates, the records they discuss and the sources they cite.',
  },
  publishers: {
    title: 'Publishers',
    description:
      'Who publishes the sources the report cites: each publisher’s kind (state body, state-aligned media, independent, international…), country and the names sources give it.',
  },
  corrections: {
    title: 'Corrections',
    description: 'Substantive changes to published content: date, records changed, what changed, why, and sources.',
  },
};

/** References, which Astro hands over as `{ collection, id }`, become the ids editors write. */
export function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (!value || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 2 && 'collection' in value && 'id' in value) return (value as { id: unknown }).id;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, plainData(v)]),
  );
}

/**
 * Each record's dated changes by `collection/id`, from the report's version history; none at all where the build had
 * no full history (outside git, a shallow clone), and then records are published without a `history`.
 */
export type Histories = ReadonlyMap<string, HistoryEntry[]>;

/** One record as published, with its history where known; `absolute` turns a site path into an absolute URL. */
export function publishedRecord(
  collection: CollectionName,
  entry: Entry<unknown>,
  absolute: (path: string) => string,
  histories?: Histories,
): PublishedRecord {
  const history = histories?.get(`${collection}/${entry.id}`);
  return {
    id: entry.id,
    url: absolute(recordPath(collection, entry.id)),
    ...(plainData(entry.data) as object),
    ...(history ? { history } : {}),
  };
}

/** Every record of a collection, by id, so files diff cleanly from one update to the next. */
export function publishedCollection(
  report: Report,
  collection: CollectionName,
  absolute: (path: string) => string,
  histories?: Histories,
): PublishedRecord[] {
  return [...(report[collection] as Entry<unknown>[])]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => publishedRecord(collection, entry, absolute, histories));
}

/** JSON as the site publishes it: two-space indent, a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
