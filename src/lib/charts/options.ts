/** The look every chart shares: tokens for text, grid and legend; axes for years and values. JSON-safe. */
import { MissingChartData } from './missing.ts';
import { token } from './theme.ts';

export const TEXT = token('--text');
export const MUTED = token('--muted');
export const GRID = token('--line');

/** A value axis with its unit as title. */
export function valueAxis(title: string, extra: Record<string, unknown> = {}) {
  return {
    beginAtZero: true,
    title: { display: true, text: title, color: MUTED },
    grid: { color: GRID },
    border: { color: GRID },
    ticks: { color: MUTED },
    ...extra,
  };
}

/** A category axis (years, sectors, quarters). */
export function categoryAxis(extra: Record<string, unknown> = {}) {
  return { grid: { display: false }, border: { color: GRID }, ticks: { color: MUTED }, ...extra };
}

/** A time axis in decimal years, labelled at each whole year (2021, not 2,021). */
export function yearAxis(min: number, max: number, extra: Record<string, unknown> = {}) {
  return {
    type: 'linear',
    min,
    max,
    grid: { color: GRID },
    border: { color: GRID },
    ticks: { color: MUTED, stepSize: 1, format: { useGrouping: false, maximumFractionDigits: 0 } },
    ...extra,
  };
}

/** Options every chart starts from. The browser switches the drawn legend for an HTML one. */
export function baseOptions(extra: Record<string, unknown> = {}) {
  return {
    animation: false,
    color: TEXT,
    borderColor: GRID,
    plugins: {
      legend: {
        position: 'top',
        align: 'start',
        labels: { color: TEXT, usePointStyle: true, boxHeight: 9, padding: 14 },
      },
      tooltip: { enabled: true },
    },
    ...extra,
  };
}

/** Whole years spanning the dates given (decimal years), with room for a marker at either end. */
export function yearSpan(values: number[]): [number, number] {
  if (values.length === 0) throw new MissingChartData('no dated value to draw');
  const min = Math.floor(Math.min(...values) - 0.05);
  const max = Math.ceil(Math.max(...values) + 0.05);
  return [min, max === min ? min + 1 : max];
}
