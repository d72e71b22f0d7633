/**
 * The fonts charts and social cards are drawn with: DejaVu, as the
 * dejavu-fonts-ttf package installs it, registered by file under names of our
 * own and never looked up among the system's fonts. So a build measures and
 * draws the same glyphs, and writes the same bytes, on every machine, with or
 * without fonts installed. DejaVu covers Latin (ə, ı), Cyrillic and Armenian.
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Our family names, each with its file in the package's ttf/ folder. */
export const FACES = {
  'Report Sans': 'DejaVuSans.ttf',
  'Report Sans Bold': 'DejaVuSans-Bold.ttf',
  'Report Serif Bold': 'DejaVuSerif-Bold.ttf',
} as const;

export type Face = keyof typeof FACES;

/**
 * The CSS list that shows build-time text in a browser: the font it was
 * measured with, then Verdana, whose widths are DejaVu Sans's nearest.
 */
export const FONT_CSS = "'DejaVu Sans', Verdana, sans-serif";

/** The folder of the font files, resolved from the project like any dependency. */
export function fontDir(root = process.cwd()): string {
  return join(dirname(createRequire(join(root, 'package.json')).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

let registered: Record<Face, string> | undefined;

/** Registers every face once; returns the file of each. A file that fails to load stops the build. */
export function registerFonts(): Record<Face, string> {
  if (registered) return registered;
  const dir = fontDir();
  const files = Object.fromEntries(Object.entries(FACES).map(([face, file]) => [face, join(dir, file)])) as Record<
    Face,
    string
  >;
  for (const [face, file] of Object.entries(files)) {
    if (!GlobalFonts.registerFromPath(file, face)) {
      throw new Error(`fonts: could not load ${file} (the dejavu-fonts-ttf package); run npm install.`);
    }
  }
  return (registered = files);
}

/** A digest of the font files' bytes, for caches of what is drawn with them. */
export function fontDigest(): string {
  const hash = createHash('sha256');
  for (const file of Object.values(registerFonts())) hash.update(readFileSync(file));
  return hash.digest('hex');
}
