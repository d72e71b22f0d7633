/**
 * A chart to take away: the build-time drawing as a file that stands alone (its colours written in, since the site's
 * stylesheet is not there to give them), with its title above and a credit line below (report, address, as-of date),
 * and the same drawing as a PNG at twice its size. Both are drawn with the report's own fonts, so every build writes
 * the same bytes.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { registerFonts } from '../fonts.ts';

export interface StandaloneOptions {
  /** Colour of each design token (tokens.css, light scheme): `text` → `#1c1f23`. */
  palette: Record<string, string>;
  title: string;
  /** Who made it, where it lives and how current it is: one or two lines under the drawing. */
  credit: string;
}

const TITLE_BAND = 36;
const CREDIT_LINE = 15;
const CREDIT_FONT = 11;
/** The fonts the drawing was measured with first, then what a viewer without them may have. */
const FONTS = "'Report Sans', 'DejaVu Sans', Verdana, sans-serif";

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words into lines of at most `max` characters (a credit line is short; DejaVu Sans at 11 px is about 6.4 px a character). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Token classes (`tf-text`, `ts-accent`) become fill and stroke attributes; an unknown token fails loudly. */
function withColours(svg: string, palette: Record<string, string>): string {
  return svg.replace(/ class="([^"]*)"/g, (_, classes: string) =>
    classes
      .split(/\s+/)
      .flatMap((c) => {
        const token = /^t([fs])-(.+)$/.exec(c);
        if (!token) return [];
        const colour = palette[token[2]!];
        if (!colour) throw new Error(`chart download: design token --${token[2]} not found in tokens.css`);
        return [` ${token[1] === 'f' ? 'fill' : 'stroke'}="${colour}"`];
      })
      .join(''),
  );
}

/** The drawing (one `<svg>` from the chart figure) as a standalone SVG file with title and credit. */
export function standaloneSvg(drawing: string, { palette, title, credit }: StandaloneOptions): string {
  const box = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(drawing);
  if (!box) throw new Error('chart download: the drawing has no viewBox');
  const [width, height] = [Number(box[1]), Number(box[2])];
  const lines = wrapWords(credit, Math.floor((width - 16) / 6.4));
  const total = TITLE_BAND + height + 8 + lines.length * CREDIT_LINE;
  const inner = withColours(drawing, palette)
    .replace(
      /^<svg\b[^>]*>/,
      `<svg x="0" y="${TITLE_BAND}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    )
    .replace(/ font-family="[^"]*"/, '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${FONTS}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${total}" fill="${palette.bg}"/>`,
    `<text x="8" y="24" font-size="17" font-family="'Report Sans Bold', 'DejaVu Sans', Verdana, sans-serif" font-weight="bold" fill="${palette.text}">${escapeXml(title)}</text>`,
    inner,
    ...lines.map(
      (line, i) =>
        `<text x="8" y="${TITLE_BAND + height + 4 + (i + 1) * CREDIT_LINE}" font-size="${CREDIT_FONT}" fill="${palette.muted}">${escapeXml(line)}</text>`,
    ),
    '</svg>',
  ].join('\n');
}

/** A standalone SVG as PNG bytes, at `scale` times its size. */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  registerFonts();
  const size = /<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!size) throw new Error('chart download: the SVG has no width and height');
  const [width, height] = [Number(size[1]) * scale, Number(size[2]) * scale];
  const image = await loadImage(Buffer.from(svg));
  const canvas = createCanvas(Math.round(width), Math.round(height));
  canvas.getContext('2d').drawImage(image, 0, 0, width, height);
  return canvas.encode('png');
}
