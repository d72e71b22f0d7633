/**
 * Turns the SVG that Skia writes into an inline, accessible, themeable SVG:
 * sentinel colours become CSS variables, ids are made unique on the page,
 * numbers are shortened, and the picture gets a role, a <title> and a <desc>.
 * Pure string work, so it is tested without drawing anything.
 */

export interface SvgLabel {
  /** A prefix unique on the page, for every id inside the SVG. */
  idPrefix: string;
  title: string;
  desc: string;
  /** CSS font-family list for the text, led by the font the text was measured with. */
  fontFamily: string;
  className?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rounds every decimal number in a string to one decimal place ("12.673828" → "12.7"). */
export function shortenNumbers(value: string): string {
  return value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/**
 * Replaces sentinel colours with classes that apply the CSS variables:
 * `fill="#0B0D03"` becomes `class="tf-accent"` (fill) or `ts-accent` (stroke),
 * styled in charts.css. Classes, not style attributes, so the strict
 * Content-Security-Policy (no inline styles) holds. Any other colour left in
 * the SVG is an error, since it would not follow dark mode or print.
 */
export function themeColours(svg: string, sentinels: Map<string, string>): string {
  const byHex = new Map([...sentinels].map(([token, hex]) => [hex.toLowerCase(), token]));
  const baked: string[] = [];
  const out = svg.replace(
    /<([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"]*")*)\s*(\/?)>/g,
    (_tag, name: string, attrs: string, close: string) => {
      const classes: string[] = [];
      const kept = attrs.replace(/\s+(fill|stroke)="([^"]*)"/g, (whole, prop: string, value: string) => {
        if (value === 'none') return whole;
        const token = byHex.get(value.toLowerCase());
        if (!token) {
          baked.push(`${prop}="${value}"`);
          return whole;
        }
        classes.push(tokenClass(prop as 'fill' | 'stroke', token));
        return '';
      });
      const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
      return `<${name}${kept}${cls}${close}>`;
    },
  );
  if (baked.length > 0) {
    throw new Error(`chart SVG has colours that are not design tokens: ${[...new Set(baked)].join(', ')}`);
  }
  return out;
}

/** The class that paints with a colour token: `tokenClass('fill', '--accent')` → "tf-accent". */
export function tokenClass(prop: 'fill' | 'stroke', token: string): string {
  return `t${prop[0]}-${token.replace(/^--/, '')}`;
}

/**
 * Skia numbers clip paths per process (cl_3, later cl_2f), so one chart drawn
 * after more or fewer others would get other ids, and a build would differ from
 * the last: ids are numbered again per drawing, in order of appearance.
 */
function renumberIds(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id!)) ids.set(id!, `c${ids.size + 1}`);
  return svg
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${ids.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${ids.get(id) ?? id})`);
}

/** The finished inline SVG from Skia's output. */
export function finishSvg(raw: string, sentinels: Map<string, string>, label: SvgLabel): string {
  const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(raw);
  if (!size) throw new Error('chart SVG: no width and height on the root element');
  const [, width, height] = size;
  const body = renumberIds(raw)
    .replace(/^<\?xml[^>]*\?>/, '')
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    // Skia's transparent clear of the whole canvas: nothing to draw.
    .replace(/^<rect fill-opacity="0" width="[\d.]+" height="[\d.]+"\/>/, '')
    .replace(/\sid="([^"]+)"/g, ` id="${label.idPrefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${label.idPrefix}-$1)`)
    .replace(
      /(fill|stroke)-opacity="([\d.]+)"/g,
      (_m, p: string, v: string) => `${p}-opacity="${Math.round(Number(v) * 100) / 100}"`,
    )
    .replace(/\sfont-family="[^"]*"/g, '')
    .replace(/<text[^>]*><\/text>/g, '')
    .replace(/<[^>]+>/g, (tag) => shortenNumbers(tag).replace(/,\s*"/g, '"'));
  const themed = themeColours(body, sentinels);
  const id = (part: string) => `${label.idPrefix}-${part}`;
  const cls = label.className ? ` class="${label.className}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id('title')} ${id('desc')}"${cls} font-family="${escapeXml(label.fontFamily)}">` +
    `<title id="${id('title')}">${escapeXml(label.title)}</title>` +
    `<desc id="${id('desc')}">${escapeXml(label.desc)}</desc>` +
    themed +
    '</svg>'
  );
}
