/**
 * Transport projects, promises against delivery: each project from its first
 * recorded step to its opening (or, if not open, to its latest report), with
 * the deadline it was promised by.
 */
import { compareDates } from '../dates.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import type { Entry, Report } from '../report.ts';
import { distinctSources } from '../report.ts';
import { outcomeCounts, trackedPromises } from '../promises.ts';
import { routes } from '../routes.ts';
import type { Commitment, Project } from '../../schemas/types.ts';
import { baseOptions, categoryAxis, GRID, MUTED, yearSpan } from './options.ts';
import { token } from './theme.ts';
import { deadlineYear, decimalYear } from './time.ts';
import type { ChartSpec, TableCell } from './types.ts';

export interface TransportRow {
  project: Entry<Project>;
  /** The first dated milestone: an order, an announcement or a foundation stone. */
  start: string;
  /** The milestone that marks works under way, if any. */
  works?: string;
  /** The first milestone that marks it completed or operational. */
  opened?: string;
  /** Dated promises about it, deadline first. */
  promises: Array<Entry<Commitment> & { data: { target: string } }>;
}

export function transportRows(report: Report): TransportRow[] {
  return report.projects
    .filter((p) => p.data.sector === 'transport' && p.data.milestones.length > 0)
    .map((project) => {
      const milestones = [...project.data.milestones].sort((a, b) => compareDates(a.date, b.date));
      const markDate = (...marks: string[]) => milestones.find((m) => m.marks && marks.includes(m.marks))?.date;
      const promises = report.commitments
        .filter(
          (c): c is TransportRow['promises'][number] =>
            Boolean(c.data.target) && c.data.projects.some((ref) => ref.id === project.id),
        )
        .sort((a, b) => compareDates(a.data.target, b.data.target));
      return {
        project,
        start: milestones[0]!.date,
        works: markDate('under-construction'),
        opened: markDate('completed', 'operational'),
        promises,
      };
    })
    .sort((a, b) => compareDates(a.start, b.start) || a.project.data.name.localeCompare(b.project.data.name, 'en'));
}

/**
 * At most this many projects are drawn: one bar each, 34 px tall, so a chart of
 * every project in a registry of thousands would run to metres (and its page past
 * 100 KB). Measured: at 1,000 synthetic records, 120 rows made the chart's page
 * 470 KB of HTML; 30 rows keep it near the real report's 19.
 */
export const MAX_TRANSPORT_ROWS = 30;

/**
 * The rows drawn: all of them when they fit, else those with a promised deadline
 * first (what the chart is about), then the most recently begun, kept in the
 * chart's order (by first step).
 */
export function drawnRows(rows: TransportRow[], max = MAX_TRANSPORT_ROWS): TransportRow[] {
  if (rows.length <= max) return rows;
  const rank = [...rows].sort(
    (a, b) => Number(b.promises.length > 0) - Number(a.promises.length > 0) || compareDates(b.start, a.start),
  );
  const kept = new Set(rank.slice(0, max));
  return rows.filter((r) => kept.has(r));
}

/** A name without its parenthesis, for the axis: "Victory Road (Ahmadbayli–Fuzuli–Shusha road)" → "Victory Road". */
export function shortName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '') || name;
}

/** A project name broken into lines of about 22 characters for the axis, at spaces or after dashes. */
export function wrapLabel(name: string, width = 22): string[] {
  const pieces = name.match(/[^\s–]+–?|–/g) ?? [name];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const joined = line === '' ? piece : line.endsWith('–') ? `${line}${piece}` : `${line} ${piece}`;
    if (line !== '' && joined.length > width) {
      lines.push(line);
      line = piece;
    } else line = joined;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function transportChart(report: Report, s: Speaker = speakerOf('en')): ChartSpec {
  const all = transportRows(report);
  const rows = drawnRows(all);
  const date = s.date;
  const statusWord = (status: Project['status']) =>
    s.lang === 'en' ? s.labels.status[status].toLowerCase() : s.labels.status[status];
  const open = rows.map((r) => (r.opened ? [decimalYear(r.start), decimalYear(r.opened)] : null));
  const waiting = rows.map((r) => (r.opened ? null : [decimalYear(r.start), decimalYear(r.project.data.statusAsOf)]));
  // One dataset per rank of promise (most projects have one), values aligned with the rows.
  const ranks = Math.max(0, ...rows.map((r) => r.promises.length));
  const promised = Array.from({ length: ranks }, (_, k) => ({
    data: rows.map((r) => (r.promises[k] ? deadlineYear(r.promises[k].data.target) : null)),
    tooltipLabels: rows.map((r) => {
      const c = r.promises[k];
      return c ? s.t('charts.transport.promised', { target: c.data.targetText ?? date(c.data.target) }) : null;
    }),
  }));
  const xs = [...open.flat(), ...waiting.flat(), ...promised.flatMap((p) => p.data)].filter(
    (x): x is number => x !== null,
  );
  const [min, max] = yearSpan(xs);
  const datasets = [
    {
      type: 'bar',
      label: s.t('charts.transport.open'),
      data: open,
      tooltipLabels: rows.map((r) =>
        r.opened ? s.t('charts.transport.span', { from: date(r.start), to: date(r.opened) }) : null,
      ),
      backgroundColor: token('--st-operational-fg'),
      borderColor: token('--st-operational-fg'),
      borderWidth: 1,
      barPercentage: 0.9,
      categoryPercentage: 0.7,
      grouped: false,
      pointStyle: 'rect',
      order: 2,
    },
    {
      type: 'bar',
      label: s.t('charts.transport.waiting'),
      data: waiting,
      tooltipLabels: rows.map((r) =>
        r.opened
          ? null
          : s.t('charts.transport.spanStatus', {
              from: date(r.start),
              status: statusWord(r.project.data.status),
              asOf: date(r.project.data.statusAsOf),
            }),
      ),
      backgroundColor: token('--st-building-fg', 0.3),
      borderColor: token('--st-building-fg'),
      borderWidth: 2,
      barPercentage: 0.9,
      categoryPercentage: 0.7,
      grouped: false,
      pointStyle: 'rect',
      order: 2,
    },
    ...promised.map((p, k) => ({
      type: 'line',
      label: s.t(k === 0 ? 'charts.transport.deadline' : 'charts.transport.deadlineAnother'),
      data: p.data,
      tooltipLabels: p.tooltipLabels,
      showLine: false,
      pointStyle: 'triangle',
      pointRadius: 7,
      pointHoverRadius: 9,
      borderColor: token('--text'),
      backgroundColor: token(k === 0 ? '--focus' : '--surface'),
      borderWidth: 1.5,
      // Drawn over the bars (a lower order is drawn later).
      order: 1,
    })),
  ];
  const sources = distinctSources([
    ...rows.flatMap((r) => r.project.data.milestones.map((m) => m.sources)),
    ...rows.flatMap((r) => r.promises.map((c) => c.data.sources)),
  ]);
  const dates = rows.map((r) => r.project.data.statusAsOf).sort(compareDates);
  return {
    id: 'transport-promises',
    title: s.t('charts.transport.title'),
    finding: transportFinding(all, trackedPromises(report, 'transport'), s),
    config: {
      type: 'bar',
      data: { labels: rows.map((r) => wrapLabel(shortName(r.project.data.name))), datasets },
      options: baseOptions({
        indexAxis: 'y',
        scales: {
          x: {
            type: 'linear',
            position: 'top',
            min,
            max,
            grid: { color: GRID },
            border: { color: GRID },
            ticks: { color: MUTED, stepSize: 1, format: { useGrouping: false, maximumFractionDigits: 0 } },
          },
          y: categoryAxis({ ticks: { color: MUTED, autoSkip: false } }),
        },
      }),
    } as ChartSpec['config'],
    unit: 'year',
    size: { wide: [760, 90 + rows.length * 34], narrow: [360, 110 + rows.length * 44] },
    basis: s.t('charts.transport.basis'),
    official: false,
    asOf: dates.at(-1) ?? '',
    table: {
      columns: [
        { label: s.t('charts.transport.project') },
        { label: s.t('charts.transport.firstStep') },
        { label: s.t('charts.transport.works') },
        { label: s.t('charts.transport.opened') },
        { label: s.t('charts.transport.promisedBy') },
        { label: s.t('charts.transport.assessment') },
        { label: s.t('charts.transport.status') },
      ],
      rows: rows.map((r): TableCell[] => [
        { text: r.project.data.name, href: routes.project(r.project.id), internal: true },
        { text: date(r.start) },
        { text: r.works ? date(r.works) : '—' },
        { text: r.opened ? date(r.opened) : s.t('charts.transport.notYet') },
        { text: r.promises.map((c) => c.data.targetText ?? date(c.data.target)).join('; ') || '—' },
        r.promises.length > 0
          ? {
              text: r.promises
                .map((c) =>
                  s.t('charts.transport.outcomeAsOf', {
                    outcome: s.labels.outcome[c.data.outcome],
                    date: date(c.data.outcomeAsOf),
                  }),
                )
                .join('; '),
              href: routes.commitment(r.promises[0]!.id),
              internal: true,
            }
          : { text: s.t('charts.transport.noPromise') },
        {
          text: s.t('charts.transport.statusAsOf', {
            status: s.labels.status[r.project.data.status],
            date: date(r.project.data.statusAsOf),
          }),
        },
      ]),
    },
    sources,
    notes: [
      ...(rows.length < all.length
        ? [{ text: s.t('charts.transport.drawnSubset', { shown: rows.length, total: all.length }) }]
        : []),
      ...rows
        .filter((r) => r.project.data.milestones.length === 1)
        .map((r) => ({ text: s.t('charts.transport.oneMilestone', { name: r.project.data.name }) })),
      { text: s.t('charts.transport.assessmentNote') },
    ],
    series: [],
    records: { text: s.t('charts.transport.records'), path: routes.commitments() },
  };
}

/** "10 of 12 transport projects have opened; of 11 promises about them (9 with a deadline, drawn here), 1 was met on time…" */
export function transportFinding(
  rows: TransportRow[],
  promises: Array<Entry<Commitment>>,
  s: Speaker = speakerOf('en'),
): string {
  const opened = rows.filter((r) => r.opened).length;
  if (promises.length === 0) return s.t('charts.transport.noPromises', { opened, total: rows.length });
  const dated = promises.filter((p) => p.data.target).length;
  const vars = { opened, total: rows.length, count: promises.length, dated, outcomes: outcomeCounts(promises, s.t) };
  if (dated !== promises.length) return s.t('charts.transport.findingDrawn', vars);
  return s.t(promises.length === 1 ? 'charts.transport.findingOne' : 'charts.transport.finding', vars);
}
