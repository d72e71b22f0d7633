/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): checking, comparing, displaying. */

/** How exact a date is, from its form: 2021 (year), 2021-10 (month), 2021-10-26 (day). */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** True when a `YYYY[-MM[-DD]]` string names a real month and day (no 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return year! >= 1000;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The precision a partial date is written with. */
export function precisionOf(value: string): Precision {
  const parts = value.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/**
 * The earliest day a partial date can mean ("2021-03" → "2021-03-01"), so dates
 * of different precision sort sensibly.
 */
export function startOf(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** The latest day a partial date can mean ("2021-02" → "2021-02-28"). */
export function endOf(value: string): string {
  const [year, month, day] = value.split('-');
  if (day) return value;
  if (!month) return `${year}-12-31`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}

/** Sorts partial dates oldest first; a less precise date sorts before a precise one in its span. */
export function compareDates(a: string, b: string): number {
  return startOf(a).localeCompare(startOf(b)) || a.length - b.length;
}

/** True when the date could only be after `today` (a `YYYY-MM-DD` string). */
export function isAfter(value: string, today: string): boolean {
  return startOf(value) > today;
}

/** "26 October 2021", "October 2021" or "2021", as precise as the data. */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The year of a partial date, as a number. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** Today's date as `YYYY-MM-DD`, or `BUILD_DATE` when set (reproducible builds and tests). */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  return env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}
