/**
 * The Frictionless Data Package descriptor (datapackage.json) of the open data:
 * every CSV table with its Table Schema, every JSON file with its JSON Schema,
 * each file with its size and SHA-256 so a download can be checked.
 * Data Package v2, with the v1 `profile` keys kept so v1 tools read it too.
 */
import { LICENCE } from '../../consts.ts';
import type { Column, ColumnType } from './columns.ts';
import type { DataTable } from './tables.ts';

/** A file of the package, with its bytes already written. */
export interface PackageFile {
  /** The path relative to datapackage.json ("projects.csv"). */
  path: string;
  name: string;
  title: string;
  description: string;
  text: string;
  /** The JSON Schema's path relative to datapackage.json, for JSON files. */
  jsonSchema?: string;
  /** The table the file is, for CSV files. */
  table?: DataTable;
}

export interface PackageInfo {
  name: string;
  title: string;
  description: string;
  /** The data page. */
  homepage: string;
  /** YYYY-MM-DD of the latest data change. */
  version?: string;
  /** When the package was built, ISO date-time. */
  created: string;
  keywords: string[];
  contributor: string;
}

const fieldType: Record<ColumnType, string> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  list: 'list',
  array: 'array',
  object: 'object',
  any: 'any',
};

/** A Table Schema field from a CSV column. */
export function field(column: Column): Record<string, unknown> {
  const constraints = {
    ...(column.required && !column.nullable ? { required: true } : {}),
    ...(column.enum ? { enum: column.enum } : {}),
  };
  return {
    name: column.name,
    type: fieldType[column.type],
    ...(column.type === 'list' ? { delimiter: ',', itemType: 'string' } : {}),
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(column.format === 'uri' ? { format: 'uri' } : {}),
    ...(column.description ? { description: column.description } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** Hex SHA-256 of a text's UTF-8 bytes, given by the caller (node:crypto stays out of this module). */
export type Hasher = (text: string) => string;

function resource(file: PackageFile, hash: Hasher): Record<string, unknown> {
  const common = {
    name: file.name,
    path: file.path,
    title: file.title,
    description: file.description,
    encoding: 'utf-8',
    bytes: new TextEncoder().encode(file.text).length,
    hash: `sha256:${hash(file.text)}`,
    licenses: [LICENCE],
  };
  if (file.table) {
    const t = file.table;
    return {
      ...common,
      type: 'table',
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true, lineTerminator: '\r\n' },
      schema: {
        fields: t.columns.map(field),
        missingValues: [''],
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    };
  }
  return {
    ...common,
    profile: 'data-resource',
    format: 'json',
    mediatype: 'application/json',
    ...(file.jsonSchema ? { jsonSchema: file.jsonSchema } : {}),
  };
}

export function dataPackage(info: PackageInfo, files: PackageFile[], hash: Hasher): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    profile: 'data-package',
    name: info.name,
    title: info.title,
    description: info.description,
    homepage: info.homepage,
    ...(info.version ? { version: info.version } : {}),
    created: info.created,
    keywords: info.keywords,
    licenses: [LICENCE],
    contributors: [{ title: info.contributor, roles: ['creator', 'publisher'] }],
    resources: files.map((f) => resource(f, hash)),
  };
}
