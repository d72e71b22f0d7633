/** Projects by sector and status: what is announced, being built, finished and in service. */
import { compareDates } from '../dates.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import type { Report } from '../report.ts';
import { routes } from '../routes.ts';
import { projectStatus, type ProjectStatus, type Sector } from '../../schemas/project.ts';
import { baseOptions, categoryAxis, valueAxis } from './options.ts';
import { token } from './theme.ts';
import type { ChartSpec, TableCell } from './types.ts';

const STATUS_COLOUR: Record<ProjectStatus, `--${string}`> = {
  announced: '--st-announced-fg',
  'under-construction': '--st-building-fg',
  completed: '--st-completed-fg',
  operational: '--st-operational-fg',
};

export interface SectorCount {
  sector: Sector;
  counts: Record<ProjectStatus, number>;
  total: number;
}

/** Sectors with at least one project, most projects first (ties by name). */
export function countBySector(report: Report, s: Speaker = speakerOf('en')): SectorCount[] {
  const bySector = new Map<Sector, SectorCount>();
  for (const { data } of report.projects) {
    const row = bySector.get(data.sector) ?? {
      sector: data.sector,
      counts: { announced: 0, 'under-construction': 0, completed: 0, operational: 0 },
      total: 0,
    };
    row.counts[data.status] += 1;
    row.total += 1;
    bySector.set(data.sector, row);
  }
  return [...bySector.values()].sort(
    (a, b) => b.total - a.total || s.labels.sector[a.sector].localeCompare(s.labels.sector[b.sector], s.lang),
  );
}

export function projectsChart(report: Report, s: Speaker = speakerOf('en')): ChartSpec {
  const rows = countBySector(report, s);
  const statuses = projectStatus.options;
  const dates = report.projects.map((p) => p.data.statusAsOf).sort(compareDates);
  const total = report.projects.length;
  const datasets = statuses.map((status) => ({
    label: s.labels.status[status],
    data: rows.map((r) => r.counts[status]),
    backgroundColor: token(STATUS_COLOUR[status]),
    borderColor: token('--surface'),
    borderWidth: 1,
    pointStyle: 'rect',
  }));
  const cell = (n: number): TableCell => ({ text: String(n), value: n });
  return {
    id: 'projects-by-sector',
    title: s.t('charts.projects.title'),
    finding: projectsFinding(rows, total, s),
    config: {
      type: 'bar',
      data: { labels: rows.map((r) => s.labels.sector[r.sector]), datasets },
      options: baseOptions({
        indexAxis: 'y',
        scales: {
          x: valueAxis(s.t('charts.projects.unit'), { stacked: true, ticks: { precision: 0 } }),
          y: categoryAxis({ stacked: true }),
        },
      }),
    } as ChartSpec['config'],
    unit: s.t('charts.projects.unit'),
    size: { wide: [720, 40 + rows.length * 34 + 60], narrow: [360, 60 + rows.length * 34 + 80] },
    basis: dates.length
      ? s.t('charts.projects.basisDates', { count: total, from: s.date(dates[0]!), to: s.date(dates.at(-1)!) })
      : s.t('charts.projects.basis', { count: total }),
    official: false,
    asOf: dates.at(-1) ?? '',
    table: {
      columns: [
        { label: s.t('charts.projects.sector') },
        ...statuses.map((status) => ({ label: s.labels.status[status], numeric: true })),
        { label: s.t('charts.col.total'), numeric: true },
      ],
      rows: rows.map((r) => [
        { text: s.labels.sector[r.sector] },
        ...statuses.map((status) => cell(r.counts[status])),
        cell(r.total),
      ]),
    },
    sources: [],
    notes: [{ text: s.t('charts.projects.note') }],
    series: [],
    records: { text: s.t('charts.projects.records', { count: total }), path: routes.projects() },
  };
}

/** "Of 58 projects, 24 are in service or finished, 29 are under construction and 5 are announced; transport has the most, 14." */
export function projectsFinding(rows: SectorCount[], total: number, s: Speaker = speakerOf('en')): string {
  if (total === 0) return s.t('charts.projects.none');
  const sum = (status: ProjectStatus) => rows.reduce((n, r) => n + r.counts[status], 0);
  const done = sum('completed') + sum('operational');
  const top = rows[0]!;
  const sector = s.lang === 'en' ? s.labels.sector[top.sector].toLowerCase() : s.labels.sector[top.sector];
  return s.t('charts.projects.finding', {
    total,
    done,
    building: sum('under-construction'),
    announced: sum('announced'),
    sector,
    top: top.total,
  });
}
