/** Words readers see for the data's enum values, and for numbers and periods. */
import { formatDate, PARTIAL_DATE_PATTERN } from './dates.ts';
import { translator } from './i18n/dictionary.ts';
import { labelsOf } from './i18n/labels.ts';

const english = labelsOf(translator('en'));
export const statusLabel = english.status;
export const sectorLabel = english.sector;
export const categoryLabel = english.category;
export const outcomeLabel = english.outcome;
export const altNameLabel = english.altName;

/** "3,000" with thin grouping the way English readers expect; text values pass through. */
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

export function formatValue(value: number | string): string {
  return typeof value === 'number' ? NUMBER.format(value) : value;
}

/** A series period as readers write it: "2025-06-17" → "17 June 2025"; labels pass through. */
export function formatPeriod(period: string): string {
  return PARTIAL_DATE_PATTERN.test(period) ? formatDate(period) : period;
}
