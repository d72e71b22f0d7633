/** Area cleared of mines and unexploded ordnance since November 2020: all operators, and army units alone. */
import type { Report } from '../report.ts';
import { growthFinding, timeLineConfig } from './lines.ts';
import { findSeries, gapNotes, latestAsOf, longTable, pointSources, seriesNotes, type Measure } from './series.ts';
import type { ChartSpec } from './types.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';

export const DEMINING_SERIES = { all: 'demining-area-cumulative', army: 'demining-army-engineer-units-cumulative' };

export function deminingChart(report: Report, s: Speaker = speakerOf('en')): ChartSpec {
  const all = findSeries(report, DEMINING_SERIES.all);
  const army = findSeries(report, DEMINING_SERIES.army);
  const unit = all.data.unit;
  const measures: Measure[] = [
    { label: s.t('charts.demining.all'), points: all.data.points },
    { label: s.t('charts.demining.army'), points: army.data.points },
  ];
  return {
    id: 'demining-area',
    title: s.t('charts.demining.title'),
    finding: growthFinding(s.t('charts.demining.subject'), measures[0]!, unit, s),
    config: timeLineConfig(
      unit,
      [
        { measure: measures[0]!, style: { colour: '--cat-demining' } },
        { measure: measures[1]!, style: { colour: '--muted', marker: 'rect' } },
      ],
      s,
    ),
    unit,
    size: { wide: [720, 360], narrow: [360, 340] },
    basis: s.t('charts.demining.basis'),
    official: all.data.official && army.data.official,
    asOf: latestAsOf([...all.data.points, ...army.data.points]),
    table: longTable(unit, measures, s),
    sources: pointSources([...all.data.points, ...army.data.points]),
    notes: [
      ...gapNotes(measures, s),
      ...seriesNotes(
        [
          [all, measures[0]!.label],
          [army, measures[1]!.label],
        ],
        s,
      ),
    ],
    series: [
      { id: all.id, label: measures[0]!.label },
      { id: army.id, label: measures[1]!.label },
    ],
  };
}
