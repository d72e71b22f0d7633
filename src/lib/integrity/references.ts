/**
 * References in the standalone check. Astro's `reference()` resolves ids at
 * render time and only logs a missing one; here a reference parses to a `Ref`
 * so the check can find every one in a record and fail on dangling ids.
 */
import { recordId, type CollectionName } from '../../schemas/common.ts';

export class Ref {
  readonly collection: CollectionName;
  readonly id: string;
  constructor(collection: CollectionName, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

/** The reference factory the check hands to the schema factories. */
export const checkReference = (collection: CollectionName) => recordId.transform((id) => new Ref(collection, id));

/** Every reference in a parsed record, with the path where it sits. */
export function findRefs(value: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; ref: Ref }> {
  if (value instanceof Ref) return [{ path, ref: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => findRefs(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findRefs(item, [...path, key]));
  }
  return [];
}
