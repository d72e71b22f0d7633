/** The arithmetic of the benchmark: medians, and whether cost grows linearly with size. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Growth {
  /** Cost of one more record, from a least-squares line through every size. */
  perRecord: number;
  /** Cost of an empty build, where that line meets zero. */
  fixed: number;
  /** How well the line fits, 0 to 1. */
  r2: number;
  /** Cost of one more record between each pair of neighbouring sizes. */
  marginal: number[];
  /** Last marginal cost over the first: about 1 when growth is linear, above when it accelerates. */
  acceleration: number | null;
}

/** Fits cost = fixed + perRecord × size; needs two sizes or more. */
export function growth(points: Array<{ size: number; cost: number }>): Growth | null {
  if (points.length < 2) return null;
  const sorted = [...points].sort((a, b) => a.size - b.size);
  const n = sorted.length;
  const mx = sorted.reduce((s, p) => s + p.size, 0) / n;
  const my = sorted.reduce((s, p) => s + p.cost, 0) / n;
  const sxx = sorted.reduce((s, p) => s + (p.size - mx) ** 2, 0);
  const sxy = sorted.reduce((s, p) => s + (p.size - mx) * (p.cost - my), 0);
  const syy = sorted.reduce((s, p) => s + (p.cost - my) ** 2, 0);
  const perRecord = sxy / sxx;
  const marginal = sorted.slice(1).map((p, i) => (p.cost - sorted[i]!.cost) / (p.size - sorted[i]!.size));
  return {
    perRecord,
    fixed: my - perRecord * mx,
    r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy),
    marginal,
    acceleration: marginal.length >= 2 ? marginal.at(-1)! / marginal[0]! : null,
  };
}
