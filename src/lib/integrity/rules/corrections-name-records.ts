import { at, type Rule } from '../record.ts';

/** A correction names records that exist. */
export const correctionsNameRecords: Rule = (records) => {
  const known = new Set(records.map((r) => `${r.collection}/${r.id}`));
  return records
    .filter((r) => r.collection === 'corrections')
    .flatMap((record) =>
      (record.data.records as string[]).flatMap((path, i) =>
        known.has(path)
          ? []
          : [
              at(
                record,
                ['records', i],
                `"${path}" is not a record; expected "collection/id" of a file in src/content/`,
              ),
            ],
      ),
    );
};
