/**
 * The interactive layer: Chart.js takes over the configuration the build drew
 * with, adding tooltips and a legend of buttons that show and hide each
 * series. Colours are read from the page's tokens, and follow theme changes.
 * Loaded only when a chart scrolls into view (see ChartFigure.astro).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type TooltipItem,
} from 'chart.js';
import { resolveTokens, type ParsedToken } from '../../lib/charts/theme.ts';

Chart.register(
  BarController,
  LineController,
  BarElement,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
);

interface Payload {
  config: ChartConfiguration;
  unit: string;
  title: string;
  finding: string;
}

/** Extra fields the builders put on datasets and points for tooltips. */
interface DatasetExtras {
  tooltipLabels?: Array<string | null>;
  unit?: string;
}

const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** A token as the page paints it now, read through a hidden probe inside the figure. */
function colourReader(figure: HTMLElement) {
  const probe = document.createElement('span');
  probe.hidden = true;
  figure.append(probe);
  return ({ name, alpha }: ParsedToken) => {
    probe.style.color = `var(${name})`;
    const colour = getComputedStyle(probe).color;
    if (alpha === 1) return colour;
    const rgb = /^rgba?\(([^)]+)\)$/.exec(colour);
    return rgb ? `rgba(${rgb[1]!.split(',').slice(0, 3).join(',')}, ${alpha})` : colour;
  };
}

function tooltipCallbacks(unit: string) {
  return {
    title(items: TooltipItem<'bar' | 'line'>[]) {
      const item = items[0];
      if (!item) return '';
      const raw = item.raw as { label?: string } | null;
      if (raw && typeof raw === 'object' && 'label' in raw && raw.label) return raw.label;
      const label = item.chart.data.labels?.[item.dataIndex];
      return Array.isArray(label) ? label.join(' ') : String(label ?? '');
    },
    label(item: TooltipItem<'bar' | 'line'>) {
      const extras = item.dataset as DatasetExtras;
      const custom = extras.tooltipLabels?.[item.dataIndex];
      if (custom) return `${item.dataset.label}: ${custom}`;
      const value = typeof item.raw === 'number' ? item.raw : (item.raw as { y?: number })?.y;
      const shown = typeof value === 'number' ? numbers.format(value) : item.formattedValue;
      return `${item.dataset.label}: ${shown} ${extras.unit ?? unit}`;
    },
  };
}

/** Buttons that show and hide each series; keyboard and screen-reader friendly, unlike a drawn legend. */
function legend(chart: Chart, place: HTMLElement) {
  const list = document.createElement('ul');
  list.className = 'chart-legend';
  chart.data.datasets.forEach((dataset, index) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pill';
    button.setAttribute('aria-pressed', String(chart.isDatasetVisible(index)));
    const swatch = document.createElement('span');
    swatch.className = 'chart-swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style.background = String(dataset.backgroundColor ?? '');
    swatch.style.borderColor = String(dataset.borderColor ?? '');
    button.append(swatch, document.createTextNode(dataset.label ?? `Series ${index + 1}`));
    button.addEventListener('click', () => {
      const visible = !chart.isDatasetVisible(index);
      chart.setDatasetVisibility(index, visible);
      button.setAttribute('aria-pressed', String(visible));
      chart.update();
    });
    item.append(button);
    list.append(item);
  });
  place.replaceChildren(list);
}

export function enhance(figure: HTMLElement) {
  const source = figure.querySelector('script.chart-config');
  const plot = figure.querySelector<HTMLElement>('.chart-plot');
  if (!source?.textContent || !plot) return;
  const payload = JSON.parse(source.textContent) as Payload;
  figure.style.setProperty('--chart-wide', figure.dataset.aspectWide ?? '2 / 1');
  figure.style.setProperty('--chart-narrow', figure.dataset.aspectNarrow ?? '1 / 1');

  const frame = document.createElement('div');
  frame.className = 'chart-canvas';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${payload.title}. ${payload.finding}`);
  frame.append(canvas);
  const legendPlace = document.createElement('div');
  plot.after(legendPlace);
  plot.append(frame);

  const hidden = new Set<number>();
  let chart: Chart | undefined;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const draw = () => {
    chart?.data.datasets.forEach((_, i) => (chart!.isDatasetVisible(i) ? hidden.delete(i) : hidden.add(i)));
    chart?.destroy();
    const config = resolveTokens(payload.config, colourReader(figure));
    Chart.defaults.font.family = getComputedStyle(figure).fontFamily;
    Chart.defaults.font.size = 13;
    const options = (config.options ?? {}) as Record<string, unknown>;
    const plugins = (options.plugins ?? {}) as Record<string, unknown>;
    chart = new Chart(canvas, {
      ...config,
      options: {
        ...options,
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 250 },
        plugins: { ...plugins, legend: { display: false }, tooltip: { callbacks: tooltipCallbacks(payload.unit) } },
      },
    } as ChartConfiguration);
    hidden.forEach((i) => chart!.setDatasetVisibility(i, false));
    chart.update('none');
    legend(chart, legendPlace);
  };
  draw();
  figure.classList.add('chart-interactive');

  // Follow the theme switch and the system's light or dark setting.
  new MutationObserver(draw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', draw);
}
