/**
 * The promise tracker's one count: which promises a tally covers and how their outcomes add up. The transport chart's
 * finding and the chapters (<PromiseTally />) both read it, so the report gives one figure, not three.
 */
import { compareDates } from './dates.ts';
import { listing } from './text.ts';
import type { Entry, Report } from './report.ts';
import { outcome } from '../schemas/commitment.ts';
import { translator, type Translate } from './i18n/dictionary.ts';
import type { Commitment, Sector } from '../schemas/types.ts';

const ENGLISH = translator('en');

/** The promises a tally covers: all of them, or those about a project of one sector. */
export function trackedPromises(report: Report, sector?: Sector): Entry<Commitment>[] {
  if (!sector) return report.commitments;
  const inSector = new Set(report.projects.filter((p) => p.data.sector === sector).map((p) => p.id));
  return report.commitments.filter((c) => c.data.projects.some((ref) => inSector.has(ref.id)));
}

/** "2 were met on time, 8 were met late and 1 is pending": outcomes in the tracker's order, none left out. */
export function outcomeCounts(promises: Array<Entry<Commitment>>, t: Translate = ENGLISH): string {
  const parts = outcome.options
    .map((o) => ({ o, n: promises.filter((c) => c.data.outcome === o).length }))
    .filter(({ n }) => n > 0)
    .map(({ o, n }) => t(`tally.${o}`, { count: n }));
  return listing(parts, t.locale);
}

/**
 * The tally as a sentence: "Of the 12 transport promises the report tracks, 1 was met on time and 9 were met late",
 * "The report tracks one energy promise: it is pending", or "The report tracks no water promises".
 */
export function tallySentence(promises: Array<Entry<Commitment>>, sector?: string, t: Translate = ENGLISH): string {
  const vars = { count: promises.length, sector: sector ?? '' };
  const which = sector ? 'Sector' : '';
  if (promises.length === 0) return t(`tally.none${which}`, vars);
  if (promises.length === 1)
    return t(`tally.one${which}`, { ...vars, outcome: t(`tally.only.${promises[0]!.data.outcome}`) });
  return t(`tally.many${which}`, { ...vars, outcomes: outcomeCounts(promises, t) });
}

/** The date of the newest assessment among the promises. */
export function assessedTo(promises: Array<Entry<Commitment>>): string | undefined {
  return promises
    .map((c) => c.data.outcomeAsOf)
    .sort(compareDates)
    .at(-1);
}
