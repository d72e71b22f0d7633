import { findRefs, type Ref } from '../references.ts';
import { at, type Rule } from '../record.ts';

/** Every reference points at a record that exists, and never at the record itself. */
export const referencesResolve: Rule = (records) => {
  const ids = new Map<string, Set<string>>();
  for (const r of records) {
    if (!ids.has(r.collection)) ids.set(r.collection, new Set());
    ids.get(r.collection)!.add(r.id);
  }
  return records.flatMap((record) =>
    findRefs(record.data).flatMap(({ path, ref }: { path: PropertyKey[]; ref: Ref }) => {
      if (ref.collection === record.collection && ref.id === record.id) {
        return [at(record, path, `refers to itself ("${ref.id}"); expected another ${ref.collection} record`)];
      }
      if (ids.get(ref.collection)?.has(ref.id)) return [];
      return [
        at(
          record,
          path,
          `"${ref.id}" is not a record in ${ref.collection}; expected the id of a file in src/content/${ref.collection}/`,
        ),
      ];
    }),
  );
};
