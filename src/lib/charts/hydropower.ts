/** Hydropower in the region: plants in operation and, where reported, their total capacity. */
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
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

export function hydropowerChart(report: Report, s: Speaker = speakerOf('en')): ChartSpec {
  const series = findSeries(report, HYDROPOWER_SERIES);
  const plants: Measure = { label: s.t('charts.hydropower.plants'), points: series.data.points };
  const capacity: Measure = {
    label: s.t('charts.hydropower.capacity'),
    points: series.data.points,
    value: part('capacityMW'),
    unit: 'MW',
  };
  const points = dated(plants);
  const labels = points.map((p) => s.period(p.point.period));
  const capacities = points.map((p) => valueOf(capacity, p.point));
  return {
    id: 'hydropower',
    title: s.t('charts.hydropower.title'),
    finding: hydropowerFinding(plants, capacity, s),
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
            label: s.t('charts.hydropower.capacityMw'),
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
          y: valueAxis(s.t('charts.hydropower.plantsUnit'), { position: 'left', ticks: { precision: 0 } }),
          y1: valueAxis('MW', { position: 'right', grid: { display: false } }),
        },
      }),
    } as ChartSpec['config'],
    unit: series.data.unit,
    size: { wide: [720, 340], narrow: [360, 320] },
    basis: s.t('charts.hydropower.basis'),
    official: series.data.official,
    asOf: latestAsOf(series.data.points),
    table: longTable(series.data.unit, [plants, capacity], s),
    sources: pointSources(series.data.points),
    notes: [...gapNotes([capacity], s), ...seriesNotes([[series, plants.label]], s)],
    series: [{ id: series.id, label: s.t('charts.hydropower.series') }],
  };
}

/** "Azerenerji counted 26 hydropower plants (16 October 2023) and 38 (13 January 2026), with 307 MW at the latest count." */
export function hydropowerFinding(plants: Measure, capacity: Measure, s: Speaker = speakerOf('en')): string {
  const points = dated(plants);
  if (points.length === 0) return s.t('charts.hydropower.none');
  const last = points.at(-1)!;
  const mw = valueOf(capacity, last.point);
  const counts = listing(
    points.map((p) => `${s.value(p.value)} (${s.period(p.point.period)})`),
    s.t.locale,
  );
  return mw === null
    ? s.t('charts.hydropower.finding', { counts })
    : s.t('charts.hydropower.findingMw', { counts, mw: s.value(mw) });
}
