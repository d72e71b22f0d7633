/** The home page's headline figures: the latest sourced value of a few series, and project counts. */
import { translator, type Translate } from './i18n/dictionary.ts';
import { compareDates, endOf } from './dates.ts';
import type { Entry, Report } from './report.ts';
import type { Series, SeriesPoint, Source } from '../schemas/types.ts';

export interface Headline {
  /** What the number counts, read after the value ("hectares cleared of mines since November 2020"). */
  label: string;
  value: number;
  unit: string;
  asOf: string;
  /** The period the value covers, as the series writes it. */
  period: string;
  official: boolean;
  source: Source;
  /** The series it comes from, for the link to its table. */
  seriesId: string;
}

/** The most recent dated point with a value: latest end of period, then latest as-of. */
export function latestPoint(series: Series): SeriesPoint | undefined {
  return series.points
    .filter((p): p is SeriesPoint & { date: string; value: number } => p.date !== undefined && p.value !== null)
    .sort((a, b) => endOf(a.date).localeCompare(endOf(b.date)) || compareDates(a.asOf, b.asOf))
    .at(-1);
}

/** The series the home page leads with; how each reads is the message `headline.<id>`. */
export const HEADLINE_SERIES = [
  'reconstruction-spending-cumulative',
  'demining-area-cumulative',
  'returnees-former-idps-total',
  'mine-casualties-cumulative',
] as const;

export function headlines(report: Report, t: Translate = translator('en')): Headline[] {
  return HEADLINE_SERIES.flatMap((id) => {
    const label = t(`headline.${id}`);
    const series = report.series.find((s: Entry<Series>) => s.id === id);
    const point = series && latestPoint(series.data);
    if (!series || !point || point.value === null) return [];
    return [
      {
        label,
        value: point.value,
        unit: series.data.unit,
        asOf: point.asOf,
        period: point.period,
        official: series.data.official,
        source: point.source,
        seriesId: id,
      },
    ];
  });
}

/** Projects by status, in the order a project moves through them. */
export function statusCounts(report: Report): Array<{ status: string; count: number }> {
  return ['announced', 'under-construction', 'completed', 'operational'].map((status) => ({
    status,
    count: report.projects.filter((p) => p.data.status === status).length,
  }));
}
