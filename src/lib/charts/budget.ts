/** Reconstruction budget by year: planned in the budget law, revised mid-year, and spent per execution reports. */
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import type { Report } from '../report.ts';
import type { SeriesPoint } from '../../schemas/types.ts';
import { baseOptions, categoryAxis, valueAxis } from './options.ts';
import { findSeries, latestAsOf, longTable, pointSources, seriesNotes, type Measure } from './series.ts';
import { listing } from '../text.ts';
import { token } from './theme.ts';
import type { ChartSpec } from './types.ts';

export const BUDGET_SERIES = {
  planned: 'reconstruction-budget-initial',
  revised: 'reconstruction-budget-revised',
  spent: 'reconstruction-spending-actual',
} as const;

/** The chart's names for its measures, in the speaker's language. */
const labelsOf = (s: Speaker) => ({
  planned: s.t('charts.budget.planned'),
  revised: s.t('charts.budget.revised'),
  spent: s.t('charts.budget.spent'),
  other: s.t('charts.budget.other'),
});

/** Points of a yearly series by year ("2023" → point); only points dated to a year count. */
function byYear(points: SeriesPoint[]): Map<string, SeriesPoint> {
  return new Map(points.filter((p) => p.date?.length === 4 && p.value !== null).map((p) => [p.date!, p]));
}

export function budgetChart(report: Report, s: Speaker = speakerOf('en')): ChartSpec {
  const LABELS = labelsOf(s);
  const otherSource = (label: string) => s.t('charts.budget.otherSource', { label });
  const planned = findSeries(report, BUDGET_SERIES.planned);
  const revised = findSeries(report, BUDGET_SERIES.revised);
  const spent = findSeries(report, BUDGET_SERIES.spent);
  const unit = planned.data.unit;
  for (const s of [revised, spent]) {
    if (s.data.unit !== unit) throw new Error(`chart budget-by-year: ${s.id} is in ${s.data.unit}, expected ${unit}`);
  }
  const yearly = {
    planned: byYear(planned.data.points),
    revised: byYear(revised.data.points),
    spent: byYear(spent.data.points),
  };
  const years = [...new Set([...yearly.planned.keys(), ...yearly.revised.keys(), ...yearly.spent.keys()])].sort();
  const column = (map: Map<string, SeriesPoint>) => years.map((y) => map.get(y)?.value ?? null);

  // Other sources' values for the same year, drawn only where they differ from the value shown.
  const others = [...planned.data.alternatives, ...revised.data.alternatives, ...spent.data.alternatives];
  const shown = (p: SeriesPoint, main: Map<string, SeriesPoint>) => main.get(p.date ?? '')?.value === p.value;
  const disagreeing = [
    ...planned.data.alternatives.filter((p) => !shown(p, yearly.planned)),
    ...revised.data.alternatives.filter((p) => !shown(p, yearly.revised)),
    ...spent.data.alternatives.filter((p) => !shown(p, yearly.spent)),
  ].filter((p) => p.date && years.includes(p.date) && p.value !== null);
  const otherPoints = [...new Map(disagreeing.map((p) => [`${p.date}:${p.value}`, p])).values()];

  const measures: Measure[] = [
    { label: LABELS.planned, points: [...yearly.planned.values()] },
    { label: LABELS.revised, points: [...yearly.revised.values()] },
    { label: LABELS.spent, points: [...yearly.spent.values()] },
    { label: otherSource(LABELS.planned), points: planned.data.alternatives },
    { label: otherSource(LABELS.revised), points: revised.data.alternatives },
    { label: otherSource(LABELS.spent), points: spent.data.alternatives },
  ];
  const notGiven = (map: Map<string, SeriesPoint>) => years.filter((y) => !map.has(y));

  const datasets = [
    {
      type: 'bar',
      label: LABELS.planned,
      data: column(yearly.planned),
      backgroundColor: token('--accent', 0.18),
      borderColor: token('--accent'),
      borderWidth: 2,
      pointStyle: 'rect',
    },
    {
      type: 'bar',
      label: LABELS.revised,
      data: column(yearly.revised),
      backgroundColor: token('--cat-demining', 0.35),
      borderColor: token('--cat-demining'),
      borderWidth: 2,
      pointStyle: 'rect',
    },
    {
      type: 'bar',
      label: LABELS.spent,
      data: column(yearly.spent),
      backgroundColor: token('--accent'),
      borderColor: token('--accent'),
      borderWidth: 2,
      pointStyle: 'rect',
    },
    {
      type: 'line',
      label: LABELS.other,
      data: otherPoints.map((p) => ({ x: p.date, y: p.value, label: `${p.date}: ${p.source.publisher}` })),
      showLine: false,
      pointStyle: 'crossRot',
      pointRadius: 8,
      pointBorderWidth: 3,
      borderColor: token('--focus'),
      backgroundColor: token('--focus'),
    },
  ];

  return {
    id: 'budget-by-year',
    title: s.t('charts.budget.title'),
    finding: budgetFinding(yearly, unit, s),
    config: {
      type: 'bar',
      data: { labels: years, datasets },
      options: baseOptions({ scales: { x: categoryAxis(), y: valueAxis(unit) } }),
    } as ChartSpec['config'],
    unit,
    size: { wide: [720, 380], narrow: [360, 360] },
    basis: s.t('charts.budget.basis'),
    official: planned.data.official && revised.data.official && spent.data.official,
    asOf: latestAsOf([...planned.data.points, ...revised.data.points, ...spent.data.points, ...others]),
    table: longTable(unit, measures, s),
    sources: pointSources([...planned.data.points, ...revised.data.points, ...spent.data.points, ...others]),
    notes: [
      ...[
        { label: LABELS.revised, years: notGiven(yearly.revised) },
        { label: LABELS.spent, years: notGiven(yearly.spent) },
      ]
        .filter((g) => g.years.length > 0)
        .map((g) => ({
          text: s.t('charts.budget.notGiven', {
            count: g.years.length,
            label: g.label,
            years: listing(g.years, s.t.locale),
          }),
        })),
      ...seriesNotes(
        [
          [planned, LABELS.planned],
          [revised, LABELS.revised],
          [spent, LABELS.spent],
        ],
        s,
      ),
    ],
    series: [
      { id: planned.id, label: LABELS.planned },
      { id: revised.id, label: LABELS.revised },
      { id: spent.id, label: LABELS.spent },
    ],
  };
}

/** "Planned money rose from 2.2 billion AZN for 2021 to 4 billion AZN for 2025; the most spent in one year was 5.58 billion AZN, in 2023." */
export function budgetFinding(
  yearly: Record<'planned' | 'spent', Map<string, SeriesPoint>>,
  unit: string,
  s: Speaker = speakerOf('en'),
): string {
  const planned = [...yearly.planned.entries()].sort(([a], [b]) => a.localeCompare(b));
  const spent = [...yearly.spent.entries()];
  const money = (p: SeriesPoint) => `${s.value(p.value!)} ${unit}`;
  const parts: string[] = [];
  if (planned.length > 0) {
    const [firstYear, first] = planned[0]!;
    const [peakYear, peak] = planned.reduce((a, b) => (b[1].value! > a[1].value! ? b : a));
    parts.push(
      peakYear === firstYear
        ? s.t('charts.budget.plannedOnce', { amount: money(first), year: firstYear })
        : s.t('charts.budget.plannedRose', { first: money(first), firstYear, peak: money(peak), peakYear }),
    );
  }
  if (spent.length > 0) {
    const [year, most] = spent.reduce((a, b) => (b[1].value! > a[1].value! ? b : a));
    const plan = yearly.planned.get(year);
    parts.push(
      plan
        ? s.t('charts.budget.mostSpentAgainst', { amount: money(most), year, plan: money(plan) })
        : s.t('charts.budget.mostSpent', { amount: money(most), year }),
    );
  }
  if (parts.length === 0) return s.t('charts.budget.none');
  return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}
