/**
 * Draws a chart at build time: Chart.js on @napi-rs/canvas's SVG canvas, the
 * same configuration the browser later takes over. Server-only (native code).
 */
import { createCanvas, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { FONT_CSS, registerFonts } from '../fonts.ts';
import { finishSvg } from './svg.ts';
import { resolveTokens, sentinelFor, token, tokensIn } from './theme.ts';

Chart.register(...registerables);

/** Colours Chart.js falls back on, as tokens, so nothing is drawn in a baked colour. */
const DEFAULTS = { color: token('--muted'), borderColor: token('--line'), backgroundColor: token('--surface-2') };

export interface RenderOptions {
  width: number;
  height: number;
  /** Text size in CSS pixels. */
  fontSize: number;
  idPrefix: string;
  title: string;
  desc: string;
  className?: string;
}

export function renderChartSvg(config: ChartConfiguration, options: RenderOptions): string {
  registerFonts();
  const tokens = tokensIn([DEFAULTS, config]);
  const sentinels = new Map(tokens.map((name, i) => [name, sentinelFor(i)]));
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ');
  const draw = <T>(value: T) =>
    resolveTokens(value, (t) =>
      t.alpha === 1 ? sentinels.get(t.name)! : `rgba(${rgb(sentinels.get(t.name)!)}, ${t.alpha})`,
    );

  const defaults = draw(DEFAULTS);
  Object.assign(Chart.defaults, defaults);
  Chart.defaults.font = { ...Chart.defaults.font, family: "'Report Sans'", size: options.fontSize };

  const drawable = draw(config);
  const canvas = createCanvas(options.width, options.height, SvgExportFlag.NoPrettyXML);
  // Chart.js accepts any object with a 2D context; Skia's implements what Chart.js draws with.
  const context = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
  const chart = new Chart(context, {
    ...drawable,
    options: { ...drawable.options, responsive: false, animation: false, devicePixelRatio: 1, events: [] },
  } as ChartConfiguration);
  try {
    chart.draw();
    return finishSvg(canvas.getContent().toString('utf8'), sentinels, {
      idPrefix: options.idPrefix,
      title: options.title,
      desc: options.desc,
      fontFamily: FONT_CSS,
      className: options.className,
    });
  } finally {
    chart.destroy();
  }
}
