/** Dates on a chart's axis: partial dates as decimal years, quarters, and labels. */
import { endOf, startOf } from '../dates.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * A partial date as a decimal year, for a linear time axis: a day is placed at
 * its own position, a month or a year at its middle ("2024-12" → mid-December).
 * Rounded to 4 decimals (under an hour), so configurations stay short.
 */
export function decimalYear(date: string): number {
  const year = Number(date.slice(0, 4));
  const yearStart = Date.UTC(year, 0, 1);
  const yearLength = Date.UTC(year + 1, 0, 1) - yearStart;
  const middle = (dayNumber(startOf(date)) + dayNumber(endOf(date)) + 86_400_000) / 2;
  return Math.round((year + (middle - yearStart) / yearLength) * 10_000) / 10_000;
}

/** The end of a deadline as a decimal year: "by 2023" means by 31 December 2023. */
export function deadlineYear(date: string): number {
  const end = endOf(date);
  const year = Number(end.slice(0, 4));
  const yearStart = Date.UTC(year, 0, 1);
  const yearLength = Date.UTC(year + 1, 0, 1) - yearStart;
  return Math.round((year + (dayNumber(end) + 86_400_000 - yearStart) / yearLength) * 10_000) / 10_000;
}

/** "2021-Q3" for a date written to the month or day; null for a year alone (its quarter is unknown). */
export function quarterOf(date: string): string | null {
  if (date.length < 7) return null;
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every quarter from `first` to `last` inclusive ("2020-Q3" … "2026-Q1"). */
export function quarterRange(first: string, last: string): string[] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(-1)) - 1;
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

/** "Q3 2021" as readers write it. */
export function quarterLabel(quarter: string, s: Speaker = speakerOf('en')): string {
  return s.t('charts.quarter', { quarter: quarter.slice(-1), year: quarter.slice(0, 4) });
}
