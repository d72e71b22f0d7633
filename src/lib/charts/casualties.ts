/** People killed or injured by mines and unexploded ordnance since the 2020 ceasefire. */
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import type { Report } from '../report.ts';
import { timeLineConfig } from './lines.ts';
import {
  dated,
  findSeries,
  gapNotes,
  latestAsOf,
  longTable,
  part,
  pointSources,
  seriesNotes,
  type Measure,
} from './series.ts';
import type { ChartSpec } from './types.ts';

export const CASUALTY_SERIES = 'mine-casualties-cumulative';

export function casualtiesChart(report: Report, s: Speaker = speakerOf('en')): ChartSpec {
  const series = findSeries(report, CASUALTY_SERIES);
  const { unit, points } = series.data;
  const measures: Measure[] = [
    { label: s.t('charts.casualties.total'), points },
    { label: s.t('charts.casualties.killed'), points, value: part('killed') },
    { label: s.t('charts.casualties.injured'), points, value: part('injured') },
  ];
  return {
    id: 'mine-casualties',
    title: s.t('charts.casualties.title'),
    finding: casualtyFinding(measures, s),
    config: timeLineConfig(
      unit,
      [
        { measure: measures[0]!, style: { colour: '--text' } },
        { measure: measures[1]!, style: { colour: '--cat-conflict', marker: 'triangle' } },
        { measure: measures[2]!, style: { colour: '--cat-demining', marker: 'rect' } },
      ],
      s,
    ),
    unit,
    size: { wide: [720, 360], narrow: [360, 340] },
    basis: s.t('charts.casualties.basis'),
    official: series.data.official,
    asOf: latestAsOf(points),
    table: longTable(unit, measures, s),
    sources: pointSources(points),
    notes: [...gapNotes(measures, s), ...seriesNotes([[series, measures[0]!.label]], s)],
    series: [{ id: series.id, label: s.t('charts.casualties.series') }],
  };
}

/** "By 30 November 2024, 382 people had been killed or injured, 70 of them killed." */
export function casualtyFinding(measures: Measure[], s: Speaker = speakerOf('en')): string {
  const totals = dated(measures[0]!);
  const last = totals.at(-1);
  if (!last) return s.t('charts.casualties.none');
  const killed = measures[1]!.value?.(last.point);
  const vars = { period: s.period(last.point.period), total: s.value(last.value) };
  return killed === null || killed === undefined
    ? s.t('charts.casualties.finding', vars)
    : s.t('charts.casualties.findingKilled', { ...vars, killed: s.value(killed) });
}
