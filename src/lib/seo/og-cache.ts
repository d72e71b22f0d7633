/**
 * A content-addressed cache of card PNGs on disk. Encoding a 1200×630 PNG
 * takes ~20 ms, drawing ~3 ms; a card whose inputs have not changed is read
 * back instead. The key covers everything the bytes depend on, so a stale
 * image cannot be served: the card, the palette, the font files, the
 * drawing code and the canvas version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CARD_CACHE_DIR = join(process.cwd(), 'node_modules', '.astro', 'og-cards');

export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The PNG for `key` from the cache, else from `render` (then stored). */
export function cachedPng(key: string, render: () => Buffer, dir = CARD_CACHE_DIR): Buffer {
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = render();
  mkdirSync(dir, { recursive: true });
  // Written beside, then renamed: a build running in parallel never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
