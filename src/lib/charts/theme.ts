/**
 * Chart colours are design tokens, never baked colours: a configuration says
 * "var(--accent)" (or "var(--accent) 0.3" for 30 % opacity). At build time each
 * token is drawn in a sentinel colour that the SVG step swaps back for the CSS
 * variable, so the picture follows light, dark and print; in the browser the
 * token is resolved to the page's current colour.
 */

const TOKEN = /^var\((--[a-z0-9-]+)\)(?: (0|1|0?\.\d+))?$/;

/** A colour token, optionally with an opacity between 0 and 1. */
export function token(name: `--${string}`, alpha?: number): string {
  return alpha === undefined ? `var(${name})` : `var(${name}) ${alpha}`;
}

export interface ParsedToken {
  name: string;
  alpha: number;
}

export function parseToken(value: string): ParsedToken | null {
  const match = TOKEN.exec(value);
  return match ? { name: match[1]!, alpha: match[2] === undefined ? 1 : Number(match[2]) } : null;
}

/** A copy of `value` with every colour token replaced by `resolve(token)`. */
export function resolveTokens<T>(value: T, resolve: (token: ParsedToken) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const parsed = parseToken(v);
      return parsed ? resolve(parsed) : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** Every token name a configuration uses, in order of first use. */
export function tokensIn(value: unknown): string[] {
  const names = new Set<string>();
  resolveTokens(value, (t) => {
    names.add(t.name);
    return '';
  });
  return [...names];
}

/**
 * Sentinel colours for the build-time drawing: the i-th token is drawn as
 * #0b0d(i) so the SVG step can find it. No real chart colour is this dark blue-black.
 */
export function sentinelFor(index: number): string {
  if (index < 0 || index > 255) throw new Error(`chart uses too many colour tokens (${index + 1}); at most 256`);
  return `#0b0d${index.toString(16).padStart(2, '0')}`;
}
