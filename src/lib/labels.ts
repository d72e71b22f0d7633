/** Words readers see for the data's enum values, and for numbers and periods. */
import { formatDate, PARTIAL_DATE_PATTERN } from './dates.ts';
import type { EventCategory } from '../schemas/event.ts';
import type { Outcome } from '../schemas/commitment.ts';
import type { AltNameKind } from '../schemas/place.ts';
import type { ProjectStatus, Sector } from '../schemas/project.ts';

export const statusLabel: Record<ProjectStatus, string> = {
  announced: 'Announced',
  'under-construction': 'Under construction',
  completed: 'Completed',
  operational: 'Operational',
};

export const sectorLabel: Record<Sector, string> = {
  transport: 'Transport',
  energy: 'Energy',
  water: 'Water',
  housing: 'Housing and resettlement',
  health: 'Health',
  education: 'Education',
  demining: 'Demining',
  industry: 'Industry',
  agriculture: 'Agriculture',
  telecom: 'Telecommunications',
  planning: 'Planning',
  culture: 'Culture and heritage',
};

export const categoryLabel: Record<EventCategory, string> = {
  conflict: 'Conflict',
  diplomacy: 'Diplomacy',
  reconstruction: 'Reconstruction',
  return: 'Return',
  demining: 'Demining',
  economy: 'Economy',
};

export const outcomeLabel: Record<Outcome, string> = {
  met: 'Met',
  'met-late': 'Met late',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  pending: 'Pending',
  unclear: 'Unclear',
};

export const altNameLabel: Record<AltNameKind, string> = {
  azerbaijani: 'Azerbaijani',
  armenian: 'Armenian',
  russian: 'Russian',
  historical: 'Historical',
  variant: 'Other spelling',
  misspelling: 'Misspelling found in sources',
};

/** "3,000" with thin grouping the way English readers expect; text values pass through. */
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

export function formatValue(value: number | string): string {
  return typeof value === 'number' ? NUMBER.format(value) : value;
}

/** A series period as readers write it: "2025-06-17" → "17 June 2025"; labels pass through. */
export function formatPeriod(period: string): string {
  return PARTIAL_DATE_PATTERN.test(period) ? formatDate(period) : period;
}
