/**
 * From a JSON Schema to CSV columns, and records to rows and back.
 *
 * Nested objects become dotted columns (`coordinates.lat`); lists of ids are
 * joined with commas (`fuzuli,shusha`); other lists and maps are written as
 * JSON in one cell, the way Frictionless `array` and `object` fields are.
 * An empty cell is an absent value, or null where the field allows null.
 */
import type { JsonSchema } from './json-schema.ts';

/** Frictionless field types the CSV uses. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'list' | 'array' | 'object' | 'any';

export interface Column {
  /** Header of the column: the field's path joined with dots. */
  name: string;
  path: string[];
  type: ColumnType;
  /** The value is always present (it may still be null when `nullable`). */
  required: boolean;
  nullable: boolean;
  enum?: string[];
  format?: string;
  description?: string;
}

/** The columns of a record schema, in the schema's order. */
export function columnsOf(schema: JsonSchema, path: string[] = [], required = true): Column[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const here = [...path, key];
    const isRequired = required && (schema.required ?? []).includes(key);
    if (typeOf(field) === 'object' && field.properties) return columnsOf(field, here, isRequired);
    return [column(here, field, isRequired)];
  });
}

function typeOf(field: JsonSchema): string | undefined {
  const types = Array.isArray(field.type) ? field.type.filter((t) => t !== 'null') : [field.type];
  return types.length === 1 ? types[0] : undefined;
}

function column(path: string[], field: JsonSchema, required: boolean): Column {
  const nullable = Array.isArray(field.type) && field.type.includes('null');
  const base = { name: path.join('.'), path, required, nullable };
  const extra = {
    ...(field.enum ? { enum: field.enum.map(String) } : {}),
    ...(field.format ? { format: field.format } : {}),
    ...(field.description ? { description: field.description } : {}),
  };
  const type = typeOf(field);
  if (type === 'array') {
    const idList = field.items?.type === 'string' && field.items.pattern !== undefined;
    return { ...base, type: idList ? 'list' : 'array', ...extra };
  }
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || type === 'object') {
    return { ...base, type, ...extra };
  }
  return { ...base, type: 'any', ...extra };
}

function get(record: unknown, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);
}

/** One cell: empty for absent and null values. */
export function cell(value: unknown, type: ColumnType): string {
  if (value === undefined || value === null) return '';
  if (type === 'list') return (value as string[]).join(',');
  if (type === 'array' || type === 'object') return JSON.stringify(value);
  return String(value);
}

/** A record as one CSV row. */
export function toRow(record: unknown, columns: Column[]): string[] {
  return columns.map((c) => cell(get(record, c.path), c.type));
}

/** A number written the way `String(n)` writes it: such a cell in an `any` column reads back as a number. */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;

function parseCell(text: string, c: Column): unknown {
  switch (c.type) {
    case 'number':
    case 'integer':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'list':
      return text.split(',');
    case 'array':
    case 'object':
      return JSON.parse(text);
    case 'any':
      return NUMBER.test(text) ? Number(text) : text;
    default:
      return text;
  }
}

/** A CSV row (by header) back into a record: the inverse of `toRow`. */
export function fromRow(row: Record<string, string>, columns: Column[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const c of columns) {
    const text = row[c.name] ?? '';
    const value =
      text !== ''
        ? parseCell(text, c)
        : c.nullable && c.required
          ? null
          : c.type === 'list' && c.required
            ? []
            : undefined;
    if (value === undefined) continue;
    let target = record;
    for (const key of c.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[c.path.at(-1)!] = value;
  }
  return record;
}
