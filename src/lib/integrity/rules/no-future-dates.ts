import { isAfter } from '../../dates.ts';
import { at, type Rule, walkStrings } from '../record.ts';

const DATED_FIELDS = new Set(['date', 'published', 'asOf', 'statusAsOf', 'promisedOn', 'outcomeAsOf', 'updated']);

/** Dates of things that happened cannot be after the build date (targets may be). */
export const noFutureDates: Rule = (records, today) =>
  records.flatMap((record) =>
    walkStrings(record.data).flatMap(({ path, value }) => {
      const key = path.at(-1);
      if (typeof key !== 'string' || !DATED_FIELDS.has(key) || !isAfter(value, today)) return [];
      return [at(record, path, `${value} is after the build date ${today}; expected a date that has passed`)];
    }),
  );
