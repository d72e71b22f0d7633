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
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { REPORT_TITLE } from '../../consts.ts';
import type { ProjectStatus } from '../../schemas/types.ts';
import { fontDigest, registerFonts } from '../fonts.ts';
import { CARD } from './head.ts';
import { cacheKey, cachedCard } from './og-cache.ts';
import { wrapText, type Card } from './og-card.ts';
import type { CardDone, CardJob } from './og-worker.ts';

const canvasVersion: string = createRequire(join(process.cwd(), 'package.json'))(
  '@napi-rs/canvas/package.json',
).version;

/** Colours of the card, light theme, from the design tokens (og-card.ts `lightTokens`). */
export type Palette = Record<string, string>;

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

/**
 * A digest of the drawing code's source files, as the repository holds them: the same whether this module runs as
 * Node loads it (the build's integration) or bundled into the build's pages.
 */
function drawingCode(): string {
  const hash = createHash('sha256');
  for (const file of ['og-render.ts', 'og-card.ts'])
    hash.update(readFileSync(join(process.cwd(), 'src/lib/seo', file)));
  return hash.digest('hex');
}

/**
 * Worker threads that draw cards, so the build's main thread renders pages meanwhile: one fewer than the cores
 * (at least one, at most four). Measured at 1,000 synthetic records on 2 cores, cold: see docs/performance.md.
 */
let pool: ReturnType<typeof cardPool> | undefined;

function cardPool(size = Math.min(4, Math.max(1, availableParallelism() - 1))) {
  // By path: the build bundles this module, but the worker runs from the source as Node loads it.
  const file = join(process.cwd(), 'src', 'lib', 'seo', 'og-worker.ts');
  type Settle = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };
  // Cards wait here, not in the workers: a worker holds two at a time, so a build asking for thousands at once
  // never has thousands of canvases (3 MB each) alive.
  let queue: Array<{ job: CardJob } & Settle> = [];
  let head = 0;
  const drawing = new Map<number, Settle>();
  const busy = new Map<Worker, number>();
  let next = 0;
  const feed = (worker: Worker) => {
    while (busy.get(worker)! < 2 && head < queue.length) {
      const { job, ...settle } = queue[head++]!;
      drawing.set(job.id, settle);
      busy.set(worker, busy.get(worker)! + 1);
      worker.postMessage(job);
    }
    if (head === queue.length) [queue, head] = [[], 0];
    // A worker holds the process open only while it draws: an idle one must not keep a finished build alive.
    if (busy.get(worker) === 0) worker.unref();
    else worker.ref();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(file);
    busy.set(worker, 0);
    worker.unref();
    worker.on('message', (done: CardDone) => {
      const settle = drawing.get(done.id)!;
      drawing.delete(done.id);
      busy.set(worker, busy.get(worker)! - 1);
      if ('error' in done) settle.reject(new Error(`social cards: ${done.error}`));
      else settle.resolve(Buffer.from(done.bytes));
      feed(worker);
    });
    worker.on('error', (error) => {
      for (const settle of drawing.values()) settle.reject(error);
      drawing.clear();
    });
    return worker;
  });
  return {
    draw(card: Card, palette: Palette): Promise<Buffer> {
      return new Promise((resolve, reject) => {
        queue.push({ job: { id: next++, card, palette }, resolve, reject });
        feed(workers.reduce((a, b) => (busy.get(b)! < busy.get(a)! ? b : a)));
      });
    },
  };
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
