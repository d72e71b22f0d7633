import { precisionOf } from '../../dates.ts';
import { at, type Rule } from '../record.ts';

/** A `precision` field agrees with how its date is written ("2021-03" is month precision). */
export const precisionMatchesDate: Rule = (records) =>
  records.flatMap((record) => {
    const entries: Array<{ path: PropertyKey[]; date: unknown; precision: unknown }> = [];
    if (record.collection === 'events')
      entries.push({ path: [], date: record.data.date, precision: record.data.precision });
    if (record.collection === 'places') {
      (record.data.controlHistory as Array<Record<string, unknown>>).forEach((c, i) =>
        entries.push({ path: ['controlHistory', i], date: c.date, precision: c.precision }),
      );
    }
    return entries.flatMap(({ path, date, precision }) => {
      const written = precisionOf(String(date));
      if (written === precision) return [];
      return [
        at(
          record,
          [...path, 'precision'],
          `is "${String(precision)}" but the date ${String(date)} is written with ${written} precision; expected them to agree`,
        ),
      ];
    });
  });
