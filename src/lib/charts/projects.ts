/** Projects by sector and status: what is announced, being built, finished and in service. */
import { compareDates, formatDate } from '../dates.ts';
import { sectorLabel, statusLabel } from '../labels.ts';
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
export function countBySector(report: Report): SectorCount[] {
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
    (a, b) => b.total - a.total || sectorLabel[a.sector].localeCompare(sectorLabel[b.sector], 'en'),
  );
}

export function projectsChart(report: Report): ChartSpec {
  const rows = countBySector(report);
  const statuses = projectStatus.options;
  const dates = report.projects.map((p) => p.data.statusAsOf).sort(compareDates);
  const total = report.projects.length;
  const datasets = statuses.map((status) => ({
    label: statusLabel[status],
    data: rows.map((r) => r.counts[status]),
    backgroundColor: token(STATUS_COLOUR[status]),
    borderColor: token('--surface'),
    borderWidth: 1,
    pointStyle: 'rect',
  }));
  const cell = (n: number): TableCell => ({ text: String(n), value: n });
  return {
    id: 'projects-by-sector',
    title: 'Projects by sector and status',
    finding: projectsFinding(rows, total),
    config: {
      type: 'bar',
      data: { labels: rows.map((r) => sectorLabel[r.sector]), datasets },
      options: baseOptions({
        indexAxis: 'y',
        scales: {
          x: valueAxis('projects', { stacked: true, ticks: { precision: 0 } }),
          y: categoryAxis({ stacked: true }),
        },
      }),
    } as ChartSpec['config'],
    unit: 'projects',
    size: { wide: [720, 40 + rows.length * 34 + 60], narrow: [360, 60 + rows.length * 34 + 80] },
    basis: `Counted from the report’s ${total} project records. Each project has one status, dated by its latest source${dates.length ? ` (from ${formatDate(dates[0]!)} to ${formatDate(dates.at(-1)!)})` : ''}; a project is completed or operational only with a dated milestone that says so.`,
    official: false,
    asOf: dates.at(-1) ?? '',
    table: {
      columns: [
        { label: 'Sector' },
        ...statuses.map((s) => ({ label: statusLabel[s], numeric: true })),
        { label: 'Total', numeric: true },
      ],
      rows: rows.map((r) => [
        { text: sectorLabel[r.sector] },
        ...statuses.map((s) => cell(r.counts[s])),
        cell(r.total),
      ]),
    },
    sources: [],
    notes: [{ text: 'Every project’s own page lists its sources.' }],
    series: [],
    records: { text: `the ${total} project records`, path: routes.projects() },
  };
}

/** "Of 58 projects, 24 are in service or finished, 29 are under construction and 5 are announced; transport has the most, 14." */
export function projectsFinding(rows: SectorCount[], total: number): string {
  if (total === 0) return 'No project is recorded yet.';
  const sum = (status: ProjectStatus) => rows.reduce((n, r) => n + r.counts[status], 0);
  const done = sum('completed') + sum('operational');
  const top = rows[0]!;
  return `Of ${total} projects, ${done} are completed or in service, ${sum('under-construction')} are under construction and ${sum('announced')} are announced only; ${sectorLabel[top.sector].toLowerCase()} has the most, ${top.total}.`;
}
