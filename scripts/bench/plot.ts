/**
 * The benchmark's picture: build time and peak memory against the number of
 * records, for the site and the bare baseline, as a standalone SVG.
 */

export interface PlotPoint {
  records: number;
  site: { seconds: number; gb: number | null };
  baseline: { seconds: number; gb: number | null };
}

const W = 320;
const H = 220;
const M = { left: 48, right: 12, top: 28, bottom: 40 };
const COLOURS = { site: '#1f5fa8', baseline: '#7a7a7a' };

/** A round upper bound for an axis: 1, 2, 5 × 10^n. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((k) => k * step).find((v) => v >= value)!;
}

const fmt = (v: number) => String(Number(v.toPrecision(3)));

function panel(
  points: PlotPoint[],
  offsetX: number,
  title: string,
  value: (p: PlotPoint, who: 'site' | 'baseline') => number | null,
): string {
  const maxX = niceMax(Math.max(...points.map((p) => p.records)));
  const values = points.flatMap((p) => [value(p, 'site'), value(p, 'baseline')]).filter((v): v is number => v !== null);
  const maxY = niceMax(Math.max(...values, 0));
  const x = (v: number) => offsetX + M.left + (v / maxX) * (W - M.left - M.right);
  const y = (v: number) => M.top + (1 - v / maxY) * (H - M.top - M.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const grid = ticks
    .map(
      (t) =>
        `<line x1="${x(0)}" x2="${x(maxX)}" y1="${y(t * maxY)}" y2="${y(t * maxY)}" stroke="#ddd"/>` +
        `<text x="${x(0) - 6}" y="${y(t * maxY) + 4}" text-anchor="end">${fmt(t * maxY)}</text>` +
        `<text x="${x(t * maxX)}" y="${H - M.bottom + 16}" text-anchor="middle">${fmt(t * maxX)}</text>`,
    )
    .join('');
  const series = (['site', 'baseline'] as const)
    .map((who) => {
      const pts = points
        .map((p) => ({ r: p.records, v: value(p, who) }))
        .filter((p): p is { r: number; v: number } => p.v !== null);
      const line = pts.map((p) => `${x(p.r).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
      const dash = who === 'baseline' ? ' stroke-dasharray="5 4"' : '';
      const dots = pts
        .map((p) => `<circle cx="${x(p.r).toFixed(1)}" cy="${y(p.v).toFixed(1)}" r="3" fill="${COLOURS[who]}"/>`)
        .join('');
      return `<polyline points="${line}" fill="none" stroke="${COLOURS[who]}" stroke-width="2"${dash}/>${dots}`;
    })
    .join('');
  return (
    `<text x="${offsetX + M.left}" y="16" font-weight="bold">${title}</text>` +
    grid +
    series +
    `<text x="${x(maxX / 2)}" y="${H - 6}" text-anchor="middle">records</text>`
  );
}

export function costPlot(points: PlotPoint[]): string {
  const sorted = [...points].sort((a, b) => a.records - b.records);
  const legend = (['site', 'baseline'] as const)
    .map(
      (who, i) =>
        `<line x1="${W * 2 - 150 + i * 75}" x2="${W * 2 - 132 + i * 75}" y1="12" y2="12" stroke="${COLOURS[who]}" stroke-width="2"${who === 'baseline' ? ' stroke-dasharray="5 4"' : ''}/>` +
        `<text x="${W * 2 - 128 + i * 75}" y="16">${who}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W * 2} ${H}" width="${W * 2}" height="${H}" role="img" aria-labelledby="t">`,
    `<title id="t">Build time and peak memory against records: the site and the bare Astro baseline</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<g font-family="sans-serif" font-size="11" fill="#222">`,
    panel(sorted, 0, 'Build time (s)', (p, who) => p[who].seconds),
    panel(sorted, W, 'Peak memory (GB)', (p, who) => p[who].gb),
    legend,
    `</g></svg>`,
    '',
  ].join('\n');
}
