/**
 * Every file under /data/, by name, with its text: the endpoint serves
 * exactly these, and datapackage.json lists them with their sizes and hashes.
 */
import { collectionNames } from '../../schemas/common.ts';
import type { Column } from './columns.ts';
import type { ChangelogDay } from './changelog.ts';
import { dataPackage, type Hasher, type PackageFile, type PackageInfo } from './datapackage.ts';
import type { OpenData } from './open-data.ts';
import { toJson } from './records.ts';
import { tableCsv, type DataTable } from './tables.ts';

export interface DataFile {
  /** The file name under /data/ ("projects.csv"). */
  file: string;
  text: string;
  mediatype: string;
}

const MEDIA = { json: 'application/json', csv: 'text/csv' } as const;

/** The data files listed in the datapackage (every file but the schemas and the datapackage itself). */
export function packageFiles(data: OpenData, days: ChangelogDay[]): PackageFile[] {
  const json: PackageFile[] = [...collectionNames, 'sources' as const].map((name) => {
    const table = data.tables.find((t) => t.name === name)!;
    return {
      path: `${name}.json`,
      name: `${name}-json`,
      title: `${table.title} (JSON)`,
      description: `${table.description} The complete records; each is valid against ${name}.schema.json.`,
      text: toJson(name === 'sources' ? data.sources : data.records[name]),
      jsonSchema: `${name}.schema.json`,
    };
  });
  const csv: PackageFile[] = data.tables.map((table) => ({
    path: `${table.name}.csv`,
    name: table.name,
    title: table.title,
    description: table.description,
    text: tableCsv(table),
    table,
  }));
  const log = changelogTable(days);
  const changes: PackageFile[] = [
    {
      path: 'changelog.json',
      name: 'changelog-json',
      title: 'Changelog (JSON)',
      description: 'Each day the data changed: the records added, changed or removed.',
      text: toJson(days),
    },
    {
      path: 'changelog.csv',
      name: log.name,
      title: log.title,
      description: log.description,
      text: tableCsv(log),
      table: log,
    },
  ];
  return [...csv, ...json, ...changes];
}

function changelogTable(days: ChangelogDay[]): DataTable {
  const text = (name: string, extra: Partial<Column> = {}): Column => ({
    name,
    path: [name],
    type: 'string',
    required: true,
    nullable: false,
    ...extra,
  });
  return {
    name: 'changelog',
    title: 'Changelog',
    description: 'Each record added, changed or removed, one per row, newest first.',
    columns: [text('date'), text('change', { enum: ['added', 'changed', 'removed'] }), text('collection'), text('id')],
    rows: days.flatMap((d) => d.changes),
  };
}

/** Every file of /data/: the package files, the JSON Schemas and datapackage.json. */
export function dataFiles(data: OpenData, days: ChangelogDay[], info: PackageInfo, hash: Hasher): DataFile[] {
  const files = packageFiles(data, days);
  return [
    ...files.map((f) => ({ file: f.path, text: f.text, mediatype: MEDIA[f.table ? 'csv' : 'json'] })),
    ...Object.entries(data.schemas).map(([name, schema]) => ({
      file: `${name}.schema.json`,
      text: toJson(schema),
      mediatype: 'application/schema+json',
    })),
    { file: 'datapackage.json', text: toJson(dataPackage(info, files, hash)), mediatype: MEDIA.json },
  ];
}
