/** Area cleared of mines and unexploded ordnance since November 2020: all operators, and army units alone. */
import type { Report } from '../report.ts';
import { growthFinding, timeLineConfig } from './lines.ts';
import { findSeries, gapNotes, latestAsOf, longTable, pointSources, seriesNotes, type Measure } from './series.ts';
import type { ChartSpec } from './types.ts';

export const DEMINING_SERIES = { all: 'demining-area-cumulative', army: 'demining-army-engineer-units-cumulative' };

export function deminingChart(report: Report): ChartSpec {
  const all = findSeries(report, DEMINING_SERIES.all);
  const army = findSeries(report, DEMINING_SERIES.army);
  const unit = all.data.unit;
  const measures: Measure[] = [
    { label: 'All operators (ANAMA and others)', points: all.data.points },
    { label: 'Army engineer units alone (a part of the total)', points: army.data.points },
  ];
  return {
    id: 'demining-area',
    title: 'Area cleared of mines since November 2020',
    finding: growthFinding('The area reported cleared of mines and unexploded ordnance', measures[0]!, unit),
    config: timeLineConfig(unit, [
      { measure: measures[0]!, style: { colour: '--cat-demining' } },
      { measure: measures[1]!, style: { colour: '--muted', marker: 'rect' } },
    ]),
    unit,
    size: { wide: [720, 360], narrow: [360, 340] },
    basis:
      'Running totals since the ceasefire of 10 November 2020, as quoted by the mine action agency ANAMA, the government and a national campaign against mines. The army’s own clearance is a part of the total, not an addition to it.',
    official: all.data.official && army.data.official,
    asOf: latestAsOf([...all.data.points, ...army.data.points]),
    table: longTable(unit, measures),
    sources: pointSources([...all.data.points, ...army.data.points]),
    notes: [
      ...gapNotes(measures),
      ...seriesNotes([
        [all, measures[0]!.label],
        [army, measures[1]!.label],
      ]),
    ],
    series: [
      { id: all.id, label: measures[0]!.label },
      { id: army.id, label: measures[1]!.label },
    ],
  };
}
