/** Hydropower in the region: plants in operation and, where reported, their total capacity. */
import { formatPeriod, formatValue } from '../labels.ts';
import type { Report } from '../report.ts';
import { baseOptions, categoryAxis, valueAxis } from './options.ts';
import { listing } from '../text.ts';
import {
  dated,
  findSeries,
  valueOf,
  gapNotes,
  latestAsOf,
  longTable,
  part,
  pointSources,
  seriesNotes,
  type Measure,
} from './series.ts';
import { token } from './theme.ts';
import type { ChartSpec } from './types.ts';

export const HYDROPOWER_SERIES = 'hydropower-plants';

export function hydropowerChart(report: Report): ChartSpec {
  const series = findSeries(report, HYDROPOWER_SERIES);
  const plants: Measure = { label: 'Plants in operation', points: series.data.points };
  const capacity: Measure = {
    label: 'Total capacity',
    points: series.data.points,
    value: part('capacityMW'),
    unit: 'MW',
  };
  const points = dated(plants);
  const labels = points.map((p) => formatPeriod(p.point.period));
  const capacities = points.map((p) => valueOf(capacity, p.point));
  return {
    id: 'hydropower',
    title: 'Hydropower plants and capacity in the region',
    finding: hydropowerFinding(plants, capacity),
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            type: 'bar',
            label: plants.label,
            data: points.map((p) => p.value),
            backgroundColor: token('--cat-reconstruction', 0.85),
            borderColor: token('--cat-reconstruction'),
            borderWidth: 1,
            maxBarThickness: 90,
            yAxisID: 'y',
            pointStyle: 'rect',
          },
          {
            type: 'line',
            label: 'Total capacity (MW)',
            unit: 'MW',
            data: capacities,
            yAxisID: 'y1',
            showLine: false,
            pointStyle: 'rectRot',
            pointRadius: 8,
            borderColor: token('--text'),
            backgroundColor: token('--cat-economy'),
            borderWidth: 2,
          },
        ],
      },
      options: baseOptions({
        scales: {
          x: categoryAxis(),
          y: valueAxis('plants', { position: 'left', ticks: { precision: 0 } }),
          y1: valueAxis('MW', { position: 'right', grid: { display: false } }),
        },
      }),
    } as ChartSpec['config'],
    unit: series.data.unit,
    size: { wide: [720, 340], narrow: [360, 320] },
    basis:
      'Plants counted by Azerenerji, the state power company, at each report; total capacity in megawatts where the same report gives it.',
    official: series.data.official,
    asOf: latestAsOf(series.data.points),
    table: longTable(series.data.unit, [plants, capacity]),
    sources: pointSources(series.data.points),
    notes: [...gapNotes([capacity]), ...seriesNotes([[series, 'Plants in operation']])],
    series: [{ id: series.id, label: 'Hydropower plants' }],
  };
}

/** "Azerenerji counted 26 hydropower plants (16 October 2023) and 38 (13 January 2026), with 307 MW at the latest count." */
export function hydropowerFinding(plants: Measure, capacity: Measure): string {
  const points = dated(plants);
  if (points.length === 0) return 'No count of hydropower plants is recorded yet.';
  const last = points.at(-1)!;
  const mw = valueOf(capacity, last.point);
  const withMw = mw === null ? '' : `, with a total capacity of ${formatValue(mw)} MW at the latest count`;
  const counts = points.map((p) => `${formatValue(p.value)} (${formatPeriod(p.point.period)})`);
  const list = listing(counts);
  return `Azerenerji counted ${list} hydropower plants in operation in the region${withMw}.`;
}
