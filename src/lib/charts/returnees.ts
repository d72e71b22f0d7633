/** Former displaced people resettled in the region, and everyone living there including workers. */
import type { Report } from '../report.ts';
import { growthFinding, timeLineConfig } from './lines.ts';
import { findSeries, gapNotes, latestAsOf, longTable, pointSources, seriesNotes, type Measure } from './series.ts';
import type { ChartSpec } from './types.ts';

export const RETURN_SERIES = { returnees: 'returnees-former-idps-total', residents: 'residents-total-region' };

export function returneesChart(report: Report): ChartSpec {
  const returnees = findSeries(report, RETURN_SERIES.returnees);
  const residents = findSeries(report, RETURN_SERIES.residents);
  const unit = returnees.data.unit;
  const measures: Measure[] = [
    { label: 'Former displaced people resettled', points: returnees.data.points },
    { label: 'Everyone living there, with workers and officials', points: residents.data.points },
  ];
  return {
    id: 'returnees',
    title: 'People resettled in the region over time',
    finding: growthFinding('The number of former displaced people officially reported resettled', measures[0]!, unit),
    config: timeLineConfig(unit, [
      { measure: measures[0]!, style: { colour: '--cat-return' } },
      { measure: measures[1]!, style: { colour: '--muted', marker: 'rect' } },
    ]),
    unit,
    size: { wide: [720, 360], narrow: [360, 340] },
    basis:
      'Running totals under the Great Return programme, as officials reported them, and the wider count of everyone living in the region, which adds construction workers, civil servants and staff of reopened institutions.',
    official: returnees.data.official && residents.data.official,
    asOf: latestAsOf([...returnees.data.points, ...residents.data.points]),
    table: longTable(unit, measures),
    sources: pointSources([...returnees.data.points, ...residents.data.points]),
    notes: [
      ...gapNotes(measures),
      ...seriesNotes([
        [returnees, measures[0]!.label],
        [residents, measures[1]!.label],
      ]),
    ],
    series: [
      { id: returnees.id, label: measures[0]!.label },
      { id: residents.id, label: measures[1]!.label },
    ],
  };
}
