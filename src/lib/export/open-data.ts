/** Everything /data/ publishes, computed once from the report: records, schemas, tables. */
import { collectionNames, type CollectionName } from '../../schemas/common.ts';
import { sourceIndex, type Report } from '../report.ts';
import { routes } from '../routes.ts';
import { recordJsonSchema, sourceJsonSchema, type JsonSchema } from './json-schema.ts';
import { publishedCollection, type Histories, type PublishedRecord } from './records.ts';
import { dataTables, type DataTable } from './tables.ts';

export interface OpenData {
  records: Record<CollectionName, PublishedRecord[]>;
  /** JSON Schemas by file name: each collection's, and `sources`. */
  schemas: Record<CollectionName | 'sources', JsonSchema>;
  /** The source index, one row per URL. */
  sources: Array<Record<string, unknown>>;
  tables: DataTable[];
}

/** The source index as published: cited-by as `collection/id`. */
export function sourceRows(report: Report): Array<Record<string, unknown>> {
  return sourceIndex(report).map(({ source, citedBy }) => ({
    ...source,
    citedBy: citedBy.map((c) => `${c.collection}/${c.id}`),
  }));
}

const cache = new WeakMap<Report, Map<string, OpenData>>();

/**
 * The open data of a report, each record with its history where `histories` has it; `absolute` turns a site path into
 * an absolute URL. Memoised per report, site and histories.
 */
export function openData(report: Report, absolute: (path: string) => string, histories?: Histories): OpenData {
  const key = `${absolute('/')}${histories ? ' with history' : ''}`;
  const known = cache.get(report)?.get(key);
  if (known) return known;
  const records = Object.fromEntries(
    collectionNames.map((c) => [c, publishedCollection(report, c, absolute, histories)]),
  ) as OpenData['records'];
  const schemas = {
    ...Object.fromEntries(collectionNames.map((c) => [c, recordJsonSchema(c, absolute(routes.dataSchema(c)))])),
    sources: sourceJsonSchema(absolute(routes.dataSchema('sources'))),
  } as OpenData['schemas'];
  const sources = sourceRows(report);
  const tables = dataTables({ records, schemas, sources: { rows: sources, schema: schemas.sources } });
  const data = { records, schemas, sources, tables };
  cache.set(report, (cache.get(report) ?? new Map()).set(key, data));
  return data;
}
