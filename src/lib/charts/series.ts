/** Shared by the builders that draw series: finding them, their table rows, sources and gaps. */
import { compareDates } from '../dates.ts';
import { listing } from '../text.ts';
import { distinctSources, type Entry, type Report } from '../report.ts';
import type { Series, SeriesPoint, Source } from '../../schemas/types.ts';
import { MissingChartData } from './missing.ts';
import type { ChartNote, ChartTable, TableCell } from './types.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';

const ENGLISH = speakerOf('en');

/** A series by id; a chart without its data fails the build loudly rather than drawing nothing. */
export function findSeries(report: Report, id: string): Entry<Series> {
  const series = report.series.find((s) => s.id === id);
  if (!series) throw new MissingChartData(`no series "${id}" in src/content/series/`);
  return series;
}

/** A series drawn under a name of the chart's own ("Spent or allocated"). */
export interface Measure {
  label: string;
  points: SeriesPoint[];
  /** What the value of a point is for this measure: its total by default, or one of its parts. */
  value?: (point: SeriesPoint) => number | null | undefined;
  /** The unit, when it is not the chart's ("MW" beside a count of plants). */
  unit?: string;
}

export const valueOf = (measure: Measure, point: SeriesPoint): number | null =>
  (measure.value ? measure.value(point) : point.value) ?? null;

export const part =
  (name: string) =>
  (point: SeriesPoint): number | null =>
    point.parts?.[name] ?? null;

/** Columns of the long table every series chart uses: one row per value, with its as-of date and source. */
export function longTable(unit: string, measures: Measure[], s: Speaker = ENGLISH): ChartTable {
  const rows = measures.flatMap((m) =>
    m.points
      .filter((p) => valueOf(m, p) !== null)
      .map((p): TableCell[] => {
        const value = valueOf(m, p)!;
        return [
          { text: s.period(p.period) },
          { text: m.label },
          { text: s.value(value), value },
          { text: m.unit ?? unit },
          { text: s.period(p.asOf) },
          { text: p.source.publisher, href: p.source.url },
          { text: p.note ?? '', ...(p.note && s.lang !== 'en' ? { lang: 'en' } : {}) },
        ];
      }),
  );
  return {
    columns: [
      { label: s.t('charts.col.period') },
      { label: s.t('charts.col.measure') },
      { label: s.t('charts.col.value'), numeric: true },
      { label: s.t('charts.col.unit') },
      { label: s.t('charts.col.asOf') },
      { label: s.t('charts.col.source') },
      { label: s.t('charts.col.note') },
    ],
    rows,
  };
}

/** Distinct sources of the points a chart shows. */
export function pointSources(points: SeriesPoint[]): Source[] {
  return distinctSources(points.map((p) => p.source));
}

/** The latest as-of date among points. */
export function latestAsOf(points: SeriesPoint[]): string {
  const dates = points.map((p) => p.asOf).sort(compareDates);
  if (dates.length === 0) throw new MissingChartData('no points to date');
  return dates.at(-1)!;
}

/** A note for each measure that some points lack, naming the periods the chart leaves out. */
export function gapNotes(measures: Measure[], s: Speaker = ENGLISH): ChartNote[] {
  return measures.flatMap((m) => {
    const missing = m.points.filter((p) => valueOf(m, p) === null).map((p) => s.period(p.period));
    if (missing.length === 0) return [];
    return [
      {
        text: s.t('charts.gap', { count: missing.length, label: m.label, periods: listing(missing, s.t.locale) }),
      },
    ];
  });
}

/** The series' undated or uncharted reports, as notes with their sources, each led by the measure it belongs to. */
export function seriesNotes(series: Array<[Entry<Series>, string]>, s: Speaker = ENGLISH): ChartNote[] {
  return series.flatMap(([entry, label]) =>
    entry.data.notes.map((n) => ({
      text: s.t('charts.alsoReported', { label, text: n.text }),
      sources: n.sources,
      ...(s.lang !== 'en' ? { lang: 'en' } : {}),
    })),
  );
}

/** Points with a value for a measure, oldest first by date. */
export function dated(measure: Measure): Array<{ point: SeriesPoint & { date: string }; value: number }> {
  return measure.points
    .filter((p): p is SeriesPoint & { date: string } => p.date !== undefined && valueOf(measure, p) !== null)
    .sort((a, b) => compareDates(a.date, b.date))
    .map((point) => ({ point, value: valueOf(measure, point)! }));
}
