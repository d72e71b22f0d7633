/**
 * Byte budgets per page kind, gzipped, on the root build: a change that makes
 * a page heavier than its budget fails here. Each budget is what the page
 * weighed when it was set (in the comment) with headroom; raise one only on
 * purpose. The hard limits are checked apart from the budgets.
 */
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../scripts/bench/measure.ts';
import { heaviestByKind, pageWeight, PAGE_KIND_FILES } from '../../scripts/bench/page-weight.ts';
import { SITES } from '../support/sites.ts';

const KB = 1024;

/**
 * Gzipped bytes allowed for the heaviest page of each kind, in any edition: since the editions (Dec 2026) the
 * heaviest is usually the Russian page (Cyrillic takes two bytes a letter in UTF-8, and its words are longer).
 */
const BUDGETS: Record<string, { html: number; css: number; js: number }> = {
  // measured with search, charts, map, open-data meta and CSP in place (gzipped)
  home: {
    html: 46 * KB /* 36.5 KB: inline charts and map */,
    css: 8 * KB /* 6.5 */,
    js: 3 * KB /* 2.1: chart loader */,
  },
  chapter: {
    html: 60 * KB /* 52.4 KB, ru/promises-and-delivery; 37.6 in English */,
    css: 8 * KB /* 7.2 */,
    js: 3 * KB /* 2.5 */,
  },
  project: {
    html: 11.5 * KB /* 9.9 KB, ru; 6.4 in English */,
    css: 6 * KB /* 4.9 */,
    js: 2.5 * KB /* 1.8: theme, search key */,
  },
  place: { html: 14 * KB /* 10.7 KB: map */, css: 7 * KB /* 5.3 */, js: 2.5 * KB /* 1.8 */ },
  // The timeline and the sources list every record: they grow with the content (96 events, 900 sources in Dec 2026).
  timeline: {
    html: 68 * KB /* 59.6 KB, ru; 44.2 in English */,
    css: 6 * KB /* 4.8 */,
    js: 3 * KB /* 2.2: the filter */,
  },
  data: { html: 36 * KB /* 31.4 KB, ru; 22.9 in English */, css: 6.5 * KB /* 5.1 */, js: 2.5 * KB /* 1.8 */ },
  // Paged by kind since issue 17 (1,033 sources, 94.8 KB on one page): the heaviest kind's page.
  sources: { html: 64 * KB /* 52.9 KB, ru state-aligned media */, css: 6 * KB /* 4.8 */, js: 2.5 * KB /* 1.8 */ },
  chart: { html: 28 * KB /* 23.9 KB, hy events-per-quarter */, css: 8 * KB /* 6.3 */, js: 3.5 * KB /* 2.4 */ },
  // The changes page lists every change: it grows with the history (537 changes in Dec 2026).
  changes: { html: 32 * KB /* 21.4 KB, ru */, css: 7 * KB /* 5.2 */, js: 4 * KB /* 3.0: the filter */ },
  // Embed pages are framed by other sites: the chart and its numbers, and no script at all.
  embed: { html: 24 * KB /* 19.0 KB, hy events-per-quarter */, css: 4 * KB /* 2.7 */, js: 0 },
};

/** The limits: record and chapter pages run only the header's search and theme scripts before interaction. */
const RECORD_KINDS = ['chapter', 'project', 'place'];
const RECORD_JS_LIMIT = 10 * KB;
const CSS_LIMIT = 25 * KB;

const site = SITES.real;
const files = htmlFiles(site.dir);
const weights = heaviestByKind(site.dir, site.base, files);

describe('page weights, gzipped', () => {
  test('has a budget for every page kind, and pages of every kind to hold to it', () => {
    expect(Object.keys(BUDGETS).sort()).toEqual(Object.keys(PAGE_KIND_FILES).sort());
    for (const kind of Object.keys(BUDGETS)) expect(weights[kind]?.pages, kind).toBeGreaterThan(0);
  });

  test.each(Object.keys(BUDGETS))('keeps every %s page within its HTML, CSS and JS budgets', (kind) => {
    const weight = weights[kind]!;
    const over = (['html', 'css', 'js'] as const)
      .filter((measure) => weight[measure] > BUDGETS[kind]![measure])
      .map((measure) => `${measure}: ${weight[measure]} B, budget ${BUDGETS[kind]![measure]} B (${weight.path})`);
    expect(over).toEqual([]);
  });

  test.each(RECORD_KINDS)('runs under 10 KB of JavaScript before interaction on every %s page', (kind) => {
    expect(weights[kind]!.js).toBeLessThan(RECORD_JS_LIMIT);
  });

  test('ships under 25 KB of CSS on every page of the site', () => {
    const heavy = files
      .map((f) => ({ f, css: pageWeight(site.dir, site.base, f).css }))
      .filter(({ css }) => css >= CSS_LIMIT);
    expect(heavy).toEqual([]);
  });

  test('counts the stylesheet and the theme script on a record page', () => {
    const place = pageWeight(
      site.dir,
      site.base,
      files.find((f) => PAGE_KIND_FILES.place!.test(f))!,
    );
    expect(place.assets.some((a) => a.endsWith('.css'))).toBe(true);
    expect(place.css).toBeGreaterThan(1 * KB);
    expect(place.js).toBeGreaterThan(100);
  });

  test("finds every page kind's stylesheet and scripts under the base path of the /report/ build", () => {
    const sub = heaviestByKind(SITES.fixture.dir, SITES.fixture.base, htmlFiles(SITES.fixture.dir));
    for (const kind of Object.keys(BUDGETS)) {
      expect(sub[kind]!.css, kind).toBeGreaterThan(1 * KB);
      // embed pages run no script: their budget of 0 bytes holds them to it
      if (BUDGETS[kind]!.js > 0) expect(sub[kind]!.js, kind).toBeGreaterThan(100);
    }
  });
});
