/** Timeline events per quarter, by category. */
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import type { Report } from '../report.ts';
import { routes } from '../routes.ts';
import { eventCategory, type EventCategory } from '../../schemas/event.ts';
import { baseOptions, categoryAxis, valueAxis } from './options.ts';
import { listing } from '../text.ts';
import { token } from './theme.ts';
import { quarterLabel, quarterOf, quarterRange } from './time.ts';
import type { ChartSpec, TableCell } from './types.ts';

export interface QuarterCount {
  quarter: string;
  counts: Record<EventCategory, number>;
  total: number;
}

/** Every quarter from the first event to the last, with zero where the timeline has none. */
export function countByQuarter(report: Report): { quarters: QuarterCount[]; undated: Report['events'] } {
  const placed = report.events.map((e) => ({ event: e, quarter: quarterOf(e.data.date) }));
  const known = placed.filter(
    (p): p is { event: (typeof placed)[number]['event']; quarter: string } => p.quarter !== null,
  );
  const sorted = known.map((p) => p.quarter).sort();
  const range = sorted.length ? quarterRange(sorted[0]!, sorted.at(-1)!) : [];
  const quarters = range.map((quarter) => {
    const counts = Object.fromEntries(eventCategory.options.map((c) => [c, 0])) as Record<EventCategory, number>;
    for (const p of known) if (p.quarter === quarter) counts[p.event.data.category] += 1;
    return { quarter, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });
  return { quarters, undated: placed.filter((p) => p.quarter === null).map((p) => p.event) };
}

export function eventsChart(report: Report, s: Speaker = speakerOf('en')): ChartSpec {
  const quarter = (q: string) => quarterLabel(q, s);
  const { quarters, undated } = countByQuarter(report);
  const categories = eventCategory.options.filter((c) => quarters.some((q) => q.counts[c] > 0));
  const datasets = categories.map((c) => ({
    label: s.labels.category[c],
    data: quarters.map((q) => q.counts[c]),
    backgroundColor: token(`--cat-${c}`),
    borderColor: token('--surface'),
    borderWidth: 1,
    pointStyle: 'rect',
  }));
  const cell = (n: number): TableCell => ({ text: String(n), value: n });
  const dates = report.events.map((e) => e.data.date).sort();
  return {
    id: 'events-per-quarter',
    title: s.t('charts.events.title'),
    finding: eventsFinding(quarters, s),
    config: {
      type: 'bar',
      data: { labels: quarters.map((q) => quarter(q.quarter)), datasets },
      options: baseOptions({
        scales: {
          x: categoryAxis({ stacked: true, ticks: { autoSkip: true, maxRotation: 90, minRotation: 0 } }),
          y: valueAxis(s.t('charts.events.unit'), { stacked: true, ticks: { precision: 0 } }),
        },
      }),
    } as ChartSpec['config'],
    unit: s.t('charts.events.unit'),
    size: { wide: [760, 380], narrow: [360, 380] },
    basis: s.t('charts.events.basis', { count: report.events.length }),
    official: false,
    asOf: dates.at(-1) ?? '',
    table: {
      columns: [
        { label: s.t('charts.events.quarter') },
        ...categories.map((c) => ({ label: s.labels.category[c], numeric: true })),
        { label: s.t('charts.col.total'), numeric: true },
      ],
      rows: quarters.map((q) => [
        { text: quarter(q.quarter) },
        ...categories.map((c) => cell(q.counts[c])),
        cell(q.total),
      ]),
    },
    sources: [],
    notes: undated.length
      ? [
          {
            text: s.t('charts.events.undated', {
              events: listing(
                undated.map((e) => `${e.data.title} (${s.date(e.data.date)})`),
                s.t.locale,
              ),
            }),
          },
        ]
      : [],
    series: [],
    records: { text: s.t('charts.events.records'), path: routes.timeline() },
  };
}

/** "The busiest quarter is Q4 2020, with 21 events, most of them about the conflict." */
export function eventsFinding(quarters: QuarterCount[], s: Speaker = speakerOf('en')): string {
  const busiest = quarters.reduce<QuarterCount | undefined>((a, q) => (!a || q.total > a.total ? q : a), undefined);
  if (!busiest || busiest.total === 0) return s.t('charts.events.none');
  const [top, n] = (Object.entries(busiest.counts) as Array<[EventCategory, number]>).reduce((a, b) =>
    b[1] > a[1] ? b : a,
  );
  const category = s.lang === 'en' ? s.labels.category[top].toLowerCase() : s.labels.category[top];
  return s.t(n * 2 > busiest.total ? 'charts.events.findingMost' : 'charts.events.finding', {
    quarter: quarterLabel(busiest.quarter, s),
    total: busiest.total,
    count: n,
    category,
  });
}
