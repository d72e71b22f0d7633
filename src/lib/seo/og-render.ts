/**
 * Draws a card (og-card.ts) as a 1200×630 JPEG with @napi-rs/canvas, in the
 * fonts of fonts.ts (from npm, never the system's): the same input gives the
 * same bytes on every machine.
 *
 * JPEG, not PNG: on this 2-core machine a card costs about 5 ms as JPEG against
 * about 24 ms of CPU as PNG (Skia's PNG encoder), and at 10,000 records a build
 * draws some 15,000 cards. At quality 85 the text shows no visible
 * ringing at twice the size and the file is smaller than the PNG (about 75 KB
 * against 85 KB); the platforms that show cards re-encode them as JPEG anyway.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPORT_TITLE } from '../../consts.ts';
import type { ProjectStatus } from '../../schemas/types.ts';
import { fontDigest, registerFonts } from '../fonts.ts';
import { CARD } from './head.ts';
import { cacheKey, cachedCard } from './og-cache.ts';
import { wrapText, type Card, type Palette } from './og-card.ts';
import { cardPool } from './og-pool.ts';

const canvasVersion: string = createRequire(join(process.cwd(), 'package.json'))(
  '@napi-rs/canvas/package.json',
).version;

const TONE: Record<ProjectStatus, string> = {
  announced: 'announced',
  'under-construction': 'building',
  completed: 'completed',
  operational: 'operational',
};

const PAD = 80;

/** JPEG quality of the cards. */
const QUALITY = 85;

/**
 * The card's JPEG file in the cache, drawn (in a worker thread) only when nothing the cache holds matches everything
 * it depends on: the card, the palette, the fonts' bytes, the drawing code, the canvas version.
 */
export function cardFile(card: Card, palette: Palette): Promise<string> {
  renderer ??= [fontDigest(), drawingCode(), canvasVersion, QUALITY];
  return cachedCard(cacheKey([card, palette, renderer]), () => (pool ??= cardPool()).draw(card, palette));
}

/** The card as JPEG bytes (the dev server's /og/ route). */
export async function cardJpeg(card: Card, palette: Palette): Promise<Buffer> {
  return readFileSync(await cardFile(card, palette));
}

/** Everything about the renderer the bytes depend on, computed once. */
let renderer: unknown[] | undefined;

/** The worker threads that draw cards for this process, started on the first card the cache lacks. */
let pool: ReturnType<typeof cardPool> | undefined;

/**
 * A digest of the drawing code's source files, as the repository holds them: the same whether this module runs as
 * Node loads it (the build's integration) or bundled into the build's pages.
 */
function drawingCode(): string {
  const hash = createHash('sha256');
  // The worker pool (og-pool.ts) moves cards around without touching their pixels: it is not part of the key.
  for (const file of ['og-render.ts', 'og-card.ts'])
    hash.update(readFileSync(join(process.cwd(), 'src/lib/seo', file)));
  return hash.digest('hex');
}

/** The card as JPEG bytes, drawn now. */
export function renderCard(card: Card, palette: Palette): Promise<Buffer> {
  registerFonts();
  const colour = (token: string) => {
    const value = palette[token];
    if (!value) throw new Error(`social cards: design token --${token} not found in tokens.css`);
    return value;
  };
  const canvas = createCanvas(CARD.width, CARD.height);
  const ctx = canvas.getContext('2d');
  const width = CARD.width - 2 * PAD;
  ctx.fillStyle = colour('bg');
  ctx.fillRect(0, 0, CARD.width, CARD.height);
  ctx.fillStyle = colour('accent');
  ctx.fillRect(0, 0, CARD.width, 14);
  ctx.textBaseline = 'alphabetic';

  let y = PAD + 40;
  ctx.font = '30px "Report Sans Bold"';
  ctx.fillStyle = colour('accent');
  ctx.fillText(card.kicker.toUpperCase(), PAD, y);
  if (card.status) y = badge(ctx, card.status, y, colour);

  const { lines, size } = titleLines(ctx, card.title, width);
  ctx.font = `${size}px "Report Serif Bold"`;
  ctx.fillStyle = colour('text');
  y += 28;
  for (const line of lines) {
    y += size * 1.18;
    ctx.fillText(line, PAD, y);
  }

  ctx.font = '30px "Report Sans"';
  ctx.fillStyle = colour('muted');
  y += 24;
  for (const line of wrapText(card.text, width, lines.length > 2 ? 1 : 2, (s) => ctx.measureText(s).width)) {
    y += 42;
    ctx.fillText(line, PAD, y);
  }

  ctx.fillStyle = colour('line');
  ctx.fillRect(PAD, CARD.height - 110, width, 2);
  ctx.font = '28px "Report Sans Bold"';
  ctx.fillStyle = colour('text');
  ctx.fillText(REPORT_TITLE, PAD, CARD.height - 55);
  ctx.font = '26px "Report Sans"';
  ctx.fillStyle = colour('muted');
  ctx.textAlign = 'right';
  ctx.fillText(card.host, CARD.width - PAD, CARD.height - 55);
  return canvas.encode('jpeg', QUALITY);
}

/** The largest title size from 68 px down to 46 px that fits in three lines. */
function titleLines(ctx: SKRSContext2D, title: string, width: number): { lines: string[]; size: number } {
  for (const size of [68, 60, 52, 46]) {
    ctx.font = `${size}px "Report Serif Bold"`;
    const lines = wrapText(title, width, 99, (s) => ctx.measureText(s).width);
    if (lines.length <= 3) return { lines, size };
  }
  ctx.font = '46px "Report Serif Bold"';
  return { lines: wrapText(title, width, 3, (s) => ctx.measureText(s).width), size: 46 };
}

/** The status badge, right of the kicker. */
function badge(ctx: SKRSContext2D, status: NonNullable<Card['status']>, y: number, colour: (t: string) => string) {
  const tone = TONE[status.tone];
  ctx.font = '26px "Report Sans Bold"';
  const textWidth = ctx.measureText(status.label).width;
  const x = CARD.width - PAD - textWidth - 36;
  ctx.fillStyle = colour(`st-${tone}-bg`);
  ctx.beginPath();
  ctx.roundRect(x, y - 34, textWidth + 36, 46, 8);
  ctx.fill();
  ctx.fillStyle = colour(`st-${tone}-fg`);
  ctx.fillText(status.label, x + 18, y);
  return y;
}
