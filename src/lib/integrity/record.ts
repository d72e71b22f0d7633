/** What every rule of the content check works on: the records that passed their schemas, and how a rule reports. */
import { fieldPath, type Problem } from './problem.ts';
import type { Publisher } from '../../schemas/types.ts';

/** A record that passed its schema. */
export interface CheckedRecord {
  collection: string;
  id: string;
  file: string;
  /** Parsed data; references are `Ref` objects. */
  data: Record<string, unknown>;
  /** The MDX body of a chapter. */
  body?: string;
  /** Lines before the body (the frontmatter), so body lines map to file lines. */
  bodyLine?: number;
  /** The file as written, for rules that point at a line. */
  text: string;
}

/** A rule: every record in, its problems out (`today` is the build date). */
export type Rule = (records: CheckedRecord[], today: string) => Problem[];

/** A problem at a field of a record. */
export const at = (record: CheckedRecord, path: PropertyKey[], message: string): Problem => ({
  file: record.file,
  field: fieldPath(path),
  message,
});

/** Every string in a record's data, with its path. */
export function walkStrings(value: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; value: string }> {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => walkStrings(item, [...path, i]));
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.entries(value).flatMap(([key, item]) => walkStrings(item, [...path, key]));
  }
  return [];
}

/** The publishers among the records, each with its record, as the rules on sources read them. */
export function publishersOf(records: CheckedRecord[]) {
  return records
    .filter((r) => r.collection === 'publishers')
    .map((record) => ({ id: record.id, data: record.data as unknown as Publisher, record }));
}
