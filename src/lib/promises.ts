/**
 * The promise tracker's one count: which promises a tally covers and how their outcomes add up. The transport chart's
 * finding and the chapters (<PromiseTally />) both read it, so the report gives one figure, not three.
 */
import { compareDates } from './dates.ts';
import { listing } from './text.ts';
import type { Entry, Report } from './report.ts';
import type { Outcome } from '../schemas/commitment.ts';
import type { Commitment, Sector } from '../schemas/types.ts';

/** The promises a tally covers: all of them, or those about a project of one sector. */
export function trackedPromises(report: Report, sector?: Sector): Entry<Commitment>[] {
  if (!sector) return report.commitments;
  const inSector = new Set(report.projects.filter((p) => p.data.sector === sector).map((p) => p.id));
  return report.commitments.filter((c) => c.data.projects.some((ref) => inSector.has(ref.id)));
}

const PHRASE: Record<Outcome, [string, string]> = {
  met: ['was met on time', 'were met on time'],
  'met-late': ['was met late', 'were met late'],
  'partly-met': ['was partly met', 'were partly met'],
  'not-met': ['was not met', 'were not met'],
  pending: ['is pending', 'are pending'],
  unclear: ['cannot be scored yet', 'cannot be scored yet'],
};

/** "2 were met on time, 8 were met late and 1 is pending": outcomes in the tracker's order, none left out. */
export function outcomeCounts(promises: Array<Entry<Commitment>>): string {
  const parts = (Object.keys(PHRASE) as Outcome[])
    .map((o) => ({ o, n: promises.filter((c) => c.data.outcome === o).length }))
    .filter(({ n }) => n > 0)
    .map(({ o, n }) => `${n} ${PHRASE[o][n === 1 ? 0 : 1]}`);
  return listing(parts);
}

/**
 * The tally as a sentence: "Of the 12 transport promises the report tracks, 1 was met on time and 9 were met late",
 * "The report tracks one energy promise: it is pending", or "The report tracks no water promises".
 */
export function tallySentence(promises: Array<Entry<Commitment>>, what = ''): string {
  const noun = (n: number) => `${what}${n === 1 ? 'promise' : 'promises'}`;
  if (promises.length === 0) return `The report tracks no ${noun(0)}`;
  if (promises.length === 1)
    return `The report tracks one ${noun(1)}: it ${outcomeCounts(promises).replace(/^1 /, '')}`;
  return `Of the ${promises.length} ${noun(2)} the report tracks, ${outcomeCounts(promises)}`;
}

/** The date of the newest assessment among the promises. */
export function assessedTo(promises: Array<Entry<Commitment>>): string | undefined {
  return promises
    .map((c) => c.data.outcomeAsOf)
    .sort(compareDates)
    .at(-1);
}
