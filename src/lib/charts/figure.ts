/**
 * What a chart's figure needs beyond the chart itself: the drawings (cached,
 * since a chart appears on several pages), the JSON the browser takes over,
 * and how its sources are listed.
 */
import { renderChartSvg } from './draw-svg.ts';
import type { ChartSpec } from './types.ts';

/** Above this many sources, the caption names the count and lists them in a disclosure. */
export const INLINE_SOURCES = 6;

export type Layout = 'wide' | 'narrow';

const FONT_SIZE: Record<Layout, number> = { wide: 13, narrow: 12 };
const drawn = new Map<string, string>();

/** The chart drawn as inline SVG in one layout; ids inside carry `${chart.id}-${layout}`. */
export function chartSvg(chart: ChartSpec, layout: Layout): string {
  const key = `${chart.id}:${layout}:${JSON.stringify(chart.config)}`;
  let svg = drawn.get(key);
  if (!svg) {
    const [width, height] = chart.size[layout];
    svg = renderChartSvg(chart.config, {
      width,
      height,
      fontSize: FONT_SIZE[layout],
      idPrefix: `chart-${chart.id}-${layout}`,
      title: chart.title,
      desc: chart.finding,
      className: `chart-svg chart-svg-${layout}`,
    });
    drawn.set(key, svg);
  }
  return svg;
}

/** The configuration and labels the browser needs, as JSON safe to put inside a <script> element. */
export function chartPayload(chart: ChartSpec): string {
  const payload = { config: chart.config, unit: chart.unit, title: chart.title, finding: chart.finding };
  return JSON.stringify(payload)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * CSS aspect ratios of both layouts ("720 / 380"), for the interactive canvas to keep the
 * drawing's shape. Written as data attributes; the enhancing script sets them as CSS
 * variables, since the Content-Security-Policy allows no inline style attributes.
 */
export function aspectRatios(chart: ChartSpec): { wide: string; narrow: string } {
  const ratio = ([w, h]: [number, number]) => `${w} / ${h}`;
  return { wide: ratio(chart.size.wide), narrow: ratio(chart.size.narrow) };
}
