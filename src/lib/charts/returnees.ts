/** Former displaced people resettled in the region, and everyone living there including workers. */
import type { Report } from '../report.ts';
import { growthFinding, timeLineConfig } from './lines.ts';
import { findSeries, gapNotes, latestAsOf, longTable, pointSources, seriesNotes, type Measure } from './series.ts';
import type { ChartSpec } from './types.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';

export const RETURN_SERIES = { returnees: 'returnees-former-idps-total', residents: 'residents-total-region' };

export function returneesChart(report: Report, s: Speaker = speakerOf('en')): ChartSpec {
  const returnees = findSeries(report, RETURN_SERIES.returnees);
  const residents = findSeries(report, RETURN_SERIES.residents);
  const unit = returnees.data.unit;
  const measures: Measure[] = [
    { label: s.t('charts.returnees.returnees'), points: returnees.data.points },
    { label: s.t('charts.returnees.residents'), points: residents.data.points },
  ];
  return {
    id: 'returnees',
    title: s.t('charts.returnees.title'),
    finding: growthFinding(s.t('charts.returnees.subject'), measures[0]!, unit, s),
    config: timeLineConfig(
      unit,
      [
        { measure: measures[0]!, style: { colour: '--cat-return' } },
        { measure: measures[1]!, style: { colour: '--muted', marker: 'rect' } },
      ],
      s,
    ),
    unit,
    size: { wide: [720, 360], narrow: [360, 340] },
    basis: s.t('charts.returnees.basis'),
    official: returnees.data.official && residents.data.official,
    asOf: latestAsOf([...returnees.data.points, ...residents.data.points]),
    table: longTable(unit, measures, s),
    sources: pointSources([...returnees.data.points, ...residents.data.points]),
    notes: [
      ...gapNotes(measures, s),
      ...seriesNotes(
        [
          [returnees, measures[0]!.label],
          [residents, measures[1]!.label],
        ],
        s,
      ),
    ],
    series: [
      { id: returnees.id, label: measures[0]!.label },
      { id: residents.id, label: measures[1]!.label },
    ],
  };
}
