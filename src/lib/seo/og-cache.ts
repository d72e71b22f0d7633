/**
 * A content-addressed cache of card images on disk. Rasterising and encoding
 * a 1200×630 card takes ~5 ms; at 10,000 records there are some 15,000 cards
 * (every project in four editions), so a card whose inputs have not changed is
 * read back instead. The key covers everything the bytes depend on, so a stale
 * image cannot be served: the card, the palette, the font files, the
 * drawing code and the canvas version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../content-dir.ts';

/** Where cards are kept between builds, beside Astro's cache; CARD_CACHE_DIR moves it (a test draws every card cold). */
export const CARD_CACHE_DIR = process.env.CARD_CACHE_DIR ?? join(cacheDir(), 'og-cards');

export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Draws in progress, by file, so a card asked for again while it is drawn is drawn once. */
const drawing = new Map<string, Promise<string>>();

/** The file of the image for `key` in the cache (marking it used), drawn by `render` first when it is not there. */
export function cachedCard(key: string, render: () => Promise<Buffer>, dir = CARD_CACHE_DIR): Promise<string> {
  const file = join(dir, `${key}.jpg`);
  if (existsSync(file)) {
    const now = new Date();
    utimesSync(file, now, now);
    return Promise.resolve(file);
  }
  let pending = drawing.get(file);
  if (!pending) {
    pending = render().then((image) => {
      mkdirSync(dir, { recursive: true });
      // Written beside, then renamed: a build running in parallel never reads half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, image);
      renameSync(partial, file);
      return file;
    });
    drawing.set(file, pending);
    void pending.finally(() => drawing.delete(file)).catch(() => {});
  }
  return pending;
}

/**
 * Removes the cards no build has used since `since` (ms): cards of records
 * that changed or went away, and of other content folders (the benchmark's),
 * so the cache stays the size of the report's own cards.
 */
export function pruneCardCache(since: number, dir = CARD_CACHE_DIR): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).mtimeMs < since) {
      rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
