/**
 * The report's charts, by id, in gallery order. Ids become URLs (/charts/<id>/)
 * and `<Chart id="…" />` attributes, so they never change. Kept apart from the
 * builders so the content check can list them without loading any chart code.
 */
export const CHART_IDS = [
  'budget-by-year',
  'demining-area',
  'mine-casualties',
  'returnees',
  'projects-by-sector',
  'transport-promises',
  'events-per-quarter',
  'hydropower',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}
