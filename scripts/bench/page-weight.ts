/**
 * What one built page costs a reader before any interaction, compressed: its
 * HTML, the CSS it links or inlines, and the JavaScript it runs on load
 * (scripts, module preloads and their static imports; dynamic `import()`
 * happens on interaction and is not counted). Used by the byte budgets in
 * tests/build/budgets.test.ts and by the benchmark's report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { TRANSLATIONS } from '../../src/lib/i18n/locales.ts';

export interface PageWeight {
  /** Gzipped bytes of the HTML document itself (inline scripts and styles included). */
  html: number;
  /** Gzipped bytes of linked stylesheets and inline <style> blocks, each compressed alone. */
  css: number;
  /** Gzipped bytes of scripts run on load: inline, external, preloaded modules and their static imports. */
  js: number;
  /** The asset files counted, as URL paths. */
  assets: string[];
}

/** gzip -9, the way a CDN compresses text; deterministic. */
export const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

// Static `import … from "x"`, `import "x"` and `export … from "x"`; not `import("x")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/**
 * Weighs the page at `file` (relative to `dir`) of a build served under `base`.
 * Throws when the page links an asset the build does not contain.
 */
export function pageWeight(dir: string, base: string, file: string): PageWeight {
  const text = readFileSync(join(dir, file), 'utf8');
  const html = parse(text);
  const pageUrl = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const local = (url: string, from: string) => {
    const path = new URL(url, `http://site${from}`).pathname;
    if (!path.startsWith(base)) throw new Error(`${file}: ${url} is outside the base path ${base}`);
    const onDisk = join(dir, decodeURIComponent(path.slice(base.length)));
    if (!existsSync(onDisk)) throw new Error(`${file}: ${url} is not in the build`);
    return { path, onDisk };
  };
  const assets: string[] = [];

  let css = 0;
  for (const link of html.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const { path, onDisk } = local(link.getAttribute('href')!, pageUrl);
    assets.push(path);
    css += gzipped(readFileSync(onDisk));
  }
  for (const style of html.querySelectorAll('style')) css += gzipped(style.innerHTML);

  let js = 0;
  const seen = new Set<string>();
  const addModule = (url: string, from: string) => {
    const { path, onDisk } = local(url, from);
    if (seen.has(path)) return;
    seen.add(path);
    assets.push(path);
    const code = readFileSync(onDisk, 'utf8');
    js += gzipped(code);
    for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
      if (/^(\.|\/)/.test(specifier!)) addModule(specifier!, posix.dirname(path) + '/');
    }
  };
  for (const script of html.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
    const src = script.getAttribute('src');
    if (src) addModule(src, pageUrl);
    else js += gzipped(script.innerHTML);
  }
  for (const link of html.querySelectorAll('link[rel="modulepreload"][href]')) {
    addModule(link.getAttribute('href')!, pageUrl);
  }

  return { html: gzipped(text), css, js, assets };
}

/** An edition's prefix, if any: every kind is measured in every edition ("az/places/shusha/index.html"). */
const EDITION = `(?:(?:${TRANSLATIONS.join('|')})/)?`;
const kind = (path: string) => new RegExp(`^${EDITION}${path}$`);

/** The page kinds with byte budgets, and which built files belong to each. */

export const PAGE_KIND_FILES: Record<string, RegExp> = {
  home: kind('index\\.html'),
  chapter: kind('articles/[^/]+/index\\.html'),
  project: kind('projects/[^/]+/index\\.html'),
  place: kind('places/[^/]+/index\\.html'),
  // A long list's pages too (src/lib/list-pages.ts): /timeline/2023/, /timeline/<category>/2023-05/, /sources/<kind>/…
  timeline: kind('timeline/(?:[^/]+/){0,2}index\\.html'),
  data: kind('data/index\\.html'),
  sources: kind('sources/(?:[^/]+/)?index\\.html'),
  chart: kind('charts/[^/]+/index\\.html'),
  changes: kind('changes/(?:[^/]+/)?index\\.html'),
  // Embed pages keep the edition after /embed/ (the one folder other sites may frame).
  embed: new RegExp(`^embed/${EDITION}charts/[^/]+/index\\.html$`),
};

/** Per kind, the heaviest page on each measure (HTML, CSS and JS may come from different pages). */
export function heaviestByKind(
  dir: string,
  base: string,
  files: string[],
): Record<string, PageWeight & { path: string; pages: number }> {
  return Object.fromEntries(
    Object.entries(PAGE_KIND_FILES).flatMap(([kind, pattern]) => {
      const pages = files.filter((f) => pattern.test(f)).map((f) => ({ path: f, ...pageWeight(dir, base, f) }));
      if (pages.length === 0) return [];
      const top = (key: 'html' | 'css' | 'js') => pages.reduce((a, b) => (b[key] > a[key] ? b : a));
      const heaviest = top('html');
      return [[kind, { ...heaviest, css: top('css').css, js: top('js').js, pages: pages.length }]];
    }),
  );
}
