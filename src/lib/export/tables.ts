/**
 * The CSV tables of the open data: one per collection, one row per record,
 * and tidy tables for the nested lists readers most often want in a
 * spreadsheet (series values, project milestones and figures, place names),
 * plus the index of every source.
 */
import { collectionNames, type CollectionName } from '../../schemas/common.ts';
import { columnsOf, toRow, type Column } from './columns.ts';
import type { JsonSchema } from './json-schema.ts';
import { collectionInfo, type PublishedRecord } from './records.ts';
import { toCsv } from '../csv.ts';

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface DataTable {
  /** File name without `.csv`, and the resource name in the datapackage. */
  name: string;
  title: string;
  description: string;
  columns: Column[];
  rows: object[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

/** What the tables are made from: published records and record schemas, by collection. */
export interface TableInput {
  records: Record<CollectionName, PublishedRecord[]>;
  schemas: Record<CollectionName, JsonSchema>;
  sources: { rows: Array<Record<string, unknown>>; schema: JsonSchema };
}

const parentColumn = (name: string, description: string): Column => ({
  name,
  path: [name],
  type: 'string',
  required: true,
  nullable: false,
  description,
});

const flag = (name: string, description: string): Column => ({ ...parentColumn(name, description), type: 'boolean' });

/** A table of the items of a list field, each row keyed by its record's id. */
function childTable(
  input: TableInput,
  spec: { name: string; title: string; description: string; collection: CollectionName; field: string; key: string },
): DataTable {
  const items = input.schemas[spec.collection].properties?.[spec.field]?.items;
  if (!items) throw new Error(`${spec.collection} has no list field "${spec.field}"`);
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    columns: [parentColumn(spec.key, `The id of the record in ${spec.collection}.`), ...columnsOf(items)],
    rows: input.records[spec.collection].flatMap((r) =>
      (r[spec.field] as object[]).map((item) => ({ [spec.key]: r.id, ...item })),
    ),
    foreignKeys: [{ fields: [spec.key], reference: { resource: spec.collection, fields: ['id'] } }],
  };
}

function seriesPoints(input: TableInput): DataTable {
  const points = input.schemas.series.properties?.points?.items;
  if (!points) throw new Error('series has no points');
  return {
    name: 'series-points',
    title: 'Series values',
    description:
      'Every value of every number series, one per row. Rows marked alternative are values other sources give for the same period.',
    columns: [
      parentColumn('series', 'The id of the series.'),
      flag('alternative', 'True for a value another source gives for the same period.'),
      ...columnsOf(points),
    ],
    rows: input.records.series.flatMap((s) => [
      ...(s.points as object[]).map((p) => ({ series: s.id, alternative: false, ...p })),
      ...(s.alternatives as object[]).map((p) => ({ series: s.id, alternative: true, ...p })),
    ]),
    foreignKeys: [{ fields: ['series'], reference: { resource: 'series', fields: ['id'] } }],
  };
}

/** Every change in every record's history, one per row, oldest first within each record. */
function recordChanges(input: TableInput): DataTable {
  const items = (input.schemas.projects.properties?.history?.items?.properties?.changes as JsonSchema | undefined)
    ?.items;
  if (!items) throw new Error('records have no history');
  return {
    name: 'record-changes',
    title: 'Record changes',
    description:
      'Every dated change to every record, from the report’s version history: a status or outcome that moved, an item or a source added, a text revised. Empty when the site was built without its full history.',
    columns: [
      parentColumn('collection', 'The collection of the record.'),
      parentColumn('id', 'The id of the record.'),
      { ...parentColumn('date', 'The day of the change.'), format: 'date' },
      ...columnsOf(items),
    ],
    rows: collectionNames.flatMap((collection) =>
      input.records[collection].flatMap((r) =>
        ((r.history ?? []) as Array<{ date: string; changes: object[] }>).flatMap((entry) =>
          entry.changes.map((change) => ({ collection, id: r.id, date: entry.date, ...change })),
        ),
      ),
    ),
  };
}

/** Every table, in the order the data page lists them. */
export function dataTables(input: TableInput): DataTable[] {
  const main = collectionNames.map((collection): DataTable => ({
    name: collection,
    ...collectionInfo[collection],
    // A record's history has a table of its own (record-changes), one change per row.
    columns: columnsOf(input.schemas[collection]).filter((c) => c.name !== 'history'),
    rows: input.records[collection].map(({ history: _, ...record }) => record),
    primaryKey: ['id'],
  }));
  return [
    ...main,
    seriesPoints(input),
    childTable(input, {
      name: 'project-milestones',
      title: 'Project milestones',
      description: 'Every dated milestone of every project, oldest first within each project.',
      collection: 'projects',
      field: 'milestones',
      key: 'project',
    }),
    childTable(input, {
      name: 'project-figures',
      title: 'Project figures',
      description: 'Every measured figure of every project, with its unit, as-of date and source.',
      collection: 'projects',
      field: 'figures',
      key: 'project',
    }),
    childTable(input, {
      name: 'place-names',
      title: 'Place names',
      description: 'Every other name each place is known by: Azerbaijani, Armenian, Russian, historical, variants.',
      collection: 'places',
      field: 'altNames',
      key: 'place',
    }),
    recordChanges(input),
    {
      name: 'sources',
      title: 'Sources',
      description: 'Every source the report cites, once per URL, with the records that cite it.',
      columns: columnsOf(input.sources.schema),
      rows: input.sources.rows,
      primaryKey: ['url'],
    },
  ];
}

/** The CSV file of a table. */
export function tableCsv(table: DataTable): string {
  return toCsv(
    table.columns.map((c) => c.name),
    table.rows.map((row) => toRow(row, table.columns)),
  );
}
