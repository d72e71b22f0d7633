/** Timeline events per quarter, by category. */
import { formatDate } from '../dates.ts';
import { categoryLabel } from '../labels.ts';
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

export function eventsChart(report: Report): ChartSpec {
  const { quarters, undated } = countByQuarter(report);
  const categories = eventCategory.options.filter((c) => quarters.some((q) => q.counts[c] > 0));
  const datasets = categories.map((c) => ({
    label: categoryLabel[c],
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
    title: 'Events in the timeline per quarter, by category',
    finding: eventsFinding(quarters),
    config: {
      type: 'bar',
      data: { labels: quarters.map((q) => quarterLabel(q.quarter)), datasets },
      options: baseOptions({
        scales: {
          x: categoryAxis({ stacked: true, ticks: { autoSkip: true, maxRotation: 90, minRotation: 0 } }),
          y: valueAxis('events', { stacked: true, ticks: { precision: 0 } }),
        },
      }),
    } as ChartSpec['config'],
    unit: 'events',
    size: { wide: [760, 380], narrow: [360, 380] },
    basis: `Counted from the report’s timeline of ${report.events.length} events, chosen by its editors as the notable steps of the war, the peace process, reconstruction and return. It is a record of what the report covers, not a complete count of what happened.`,
    official: false,
    asOf: dates.at(-1) ?? '',
    table: {
      columns: [
        { label: 'Quarter' },
        ...categories.map((c) => ({ label: categoryLabel[c], numeric: true })),
        { label: 'Total', numeric: true },
      ],
      rows: quarters.map((q) => [
        { text: quarterLabel(q.quarter) },
        ...categories.map((c) => cell(q.counts[c])),
        cell(q.total),
      ]),
    },
    sources: [],
    notes: undated.length
      ? [
          {
            text: `Left out, because only their year is known: ${listing(undated.map((e) => `${e.data.title} (${formatDate(e.data.date)})`))}.`,
          },
        ]
      : [],
    series: [],
    records: { text: 'the timeline, where every event has its sources', path: routes.timeline() },
  };
}

/** "The busiest quarter is Q4 2020, with 21 events, most of them about the conflict." */
export function eventsFinding(quarters: QuarterCount[]): string {
  const busiest = quarters.reduce<QuarterCount | undefined>((a, q) => (!a || q.total > a.total ? q : a), undefined);
  if (!busiest || busiest.total === 0) return 'No dated event is recorded yet.';
  const [top, n] = (Object.entries(busiest.counts) as Array<[EventCategory, number]>).reduce((a, b) =>
    b[1] > a[1] ? b : a,
  );
  const most =
    n * 2 > busiest.total
      ? `most of them (${n}) in the ${categoryLabel[top].toLowerCase()} category`
      : `${n} of them in the ${categoryLabel[top].toLowerCase()} category`;
  return `The busiest quarter in the timeline is ${quarterLabel(busiest.quarter)}, with ${busiest.total} events, ${most}.`;
}
