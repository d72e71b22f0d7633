/** People killed or injured by mines and unexploded ordnance since the 2020 ceasefire. */
import { formatPeriod, formatValue } from '../labels.ts';
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

export function casualtiesChart(report: Report): ChartSpec {
  const series = findSeries(report, CASUALTY_SERIES);
  const { unit, points } = series.data;
  const measures: Measure[] = [
    { label: 'Killed or injured', points },
    { label: 'Killed', points, value: part('killed') },
    { label: 'Injured', points, value: part('injured') },
  ];
  return {
    id: 'mine-casualties',
    title: 'People killed or injured by mines since the 2020 ceasefire',
    finding: casualtyFinding(measures),
    config: timeLineConfig(unit, [
      { measure: measures[0]!, style: { colour: '--text' } },
      { measure: measures[1]!, style: { colour: '--cat-conflict', marker: 'triangle' } },
      { measure: measures[2]!, style: { colour: '--cat-demining', marker: 'rect' } },
    ]),
    unit,
    size: { wide: [720, 360], narrow: [360, 340] },
    basis:
      'Running totals of civilians and servicemen killed or injured by mines and explosive remnants in Azerbaijan after 10 November 2020, as reported by ANAMA and officials. Sources do not always give the total and its parts together.',
    official: series.data.official,
    asOf: latestAsOf(points),
    table: longTable(unit, measures),
    sources: pointSources(points),
    notes: [...gapNotes(measures), ...seriesNotes([[series, 'Killed or injured']])],
    series: [{ id: series.id, label: 'Mine casualties' }],
  };
}

/** "By 30 November 2024, 382 people had been killed or injured, 70 of them killed." */
export function casualtyFinding(measures: Measure[]): string {
  const totals = dated(measures[0]!);
  const last = totals.at(-1);
  if (!last) return 'No dated total of mine casualties is recorded yet.';
  const killed = measures[1]!.value?.(last.point);
  const ofThem = killed === null || killed === undefined ? '' : `, ${formatValue(killed)} of them killed`;
  return `By ${formatPeriod(last.point.period)}, ${formatValue(last.value)} people had been killed or injured by mines and unexploded ordnance since the ceasefire${ofThem}.`;
}
