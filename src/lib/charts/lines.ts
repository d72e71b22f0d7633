/** Line charts over time, shared by the demining, casualty and return charts. */
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import { baseOptions, valueAxis, yearAxis, yearSpan } from './options.ts';
import { dated, type Measure } from './series.ts';
import { token } from './theme.ts';
import { decimalYear } from './time.ts';
import type { ChartSpec } from './types.ts';

/**
 * How one line looks: a colour token and a marker shape, so lines differ by
 * more than colour. Markers are polygons and lines are solid: Skia writes a
 * circle or a dashed line as hundreds of path segments.
 */
export interface LineStyle {
  colour: `--${string}`;
  marker?: 'rectRot' | 'rect' | 'triangle';
}

/** A point on a time axis, with the period as readers write it for the tooltip. */
export interface TimePoint {
  x: number;
  y: number;
  label: string;
}

export function timePoints(measure: Measure, s: Speaker = speakerOf('en')): TimePoint[] {
  return dated(measure).map(({ point, value }) => ({
    x: decimalYear(point.date),
    y: value,
    label: s.period(point.period),
  }));
}

export function lineDataset(label: string, data: TimePoint[], style: LineStyle) {
  return {
    type: 'line',
    label,
    data,
    borderColor: token(style.colour),
    backgroundColor: token(style.colour),
    borderWidth: 2.5,
    pointStyle: style.marker ?? 'rectRot',
    pointRadius: 4,
    pointHoverRadius: 6,
    tension: 0,
  };
}

/** A configuration of lines over a year axis, the y axis titled with the unit. */
export function timeLineConfig(
  unit: string,
  lines: Array<{ measure: Measure; style: LineStyle }>,
  s: Speaker = speakerOf('en'),
): ChartSpec['config'] {
  const datasets = lines.map(({ measure, style }) => lineDataset(measure.label, timePoints(measure, s), style));
  const xs = datasets.flatMap((d) => d.data.map((p) => p.x));
  const [min, max] = yearSpan(xs);
  return {
    type: 'line',
    data: { datasets },
    options: baseOptions({ scales: { x: yearAxis(min, max), y: valueAxis(unit) } }),
  } as ChartSpec['config'];
}

/** "<subject> grew from 18,302 hectares (15 October 2021) to 180,000 hectares (End of 2024)." */
export function growthFinding(subject: string, measure: Measure, unit: string, s: Speaker = speakerOf('en')): string {
  const points = dated(measure);
  if (points.length === 0) return s.t('charts.growth.none', { subject });
  const first = points[0]!;
  const last = points.at(-1)!;
  const at = (p: (typeof points)[number]) => `${s.value(p.value)} ${unit} (${s.period(p.point.period)})`;
  if (points.length === 1) return s.t('charts.growth.one', { subject, first: at(first) });
  const verb = last.value > first.value ? 'grew' : last.value < first.value ? 'fell' : 'stayed';
  return verb === 'stayed'
    ? s.t('charts.growth.stayed', { subject, first: at(first), period: s.period(last.point.period) })
    : s.t(`charts.growth.${verb}`, { subject, first: at(first), last: at(last) });
}
