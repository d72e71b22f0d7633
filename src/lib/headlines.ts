/** The home page's headline figures: the latest sourced value of a few series, and project counts. */
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

/** The series the home page leads with, and how each reads. */
export const HEADLINE_SERIES: Array<{ id: string; label: string }> = [
  { id: 'reconstruction-spending-cumulative', label: 'state funds spent on reconstruction' },
  { id: 'demining-area-cumulative', label: 'cleared of mines and unexploded ordnance since November 2020' },
  { id: 'returnees-former-idps-total', label: 'former displaced people resettled' },
  { id: 'mine-casualties-cumulative', label: 'people killed or injured by mines since the 2020 ceasefire' },
];

export function headlines(report: Report): Headline[] {
  return HEADLINE_SERIES.flatMap(({ id, label }) => {
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
