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

/** Gzipped bytes allowed for the heaviest page of each kind. */
const BUDGETS: Record<string, { html: number; css: number; js: number }> = {
  home: { html: 4 * KB /* 2.8 KB */, css: 5 * KB /* 3.7 KB */, js: 1 * KB /* 0.4 KB */ },
  chapter: { html: 25 * KB /* 18.9 KB */, css: 5 * KB, js: 1 * KB },
  project: { html: 7 * KB /* 4.9 KB */, css: 5 * KB, js: 1 * KB },
  place: { html: 8 * KB /* 6.1 KB */, css: 5 * KB, js: 1 * KB },
  timeline: { html: 28 * KB /* 21.0 KB */, css: 5 * KB, js: 1.5 * KB /* 0.8 KB: the filter */ },
  data: { html: 20 * KB /* 14.8 KB */, css: 5 * KB, js: 1 * KB },
  sources: { html: 64 * KB /* 48.4 KB */, css: 5 * KB, js: 1 * KB },
};

/** The limits: record and chapter pages run only the header's search and theme scripts before interaction. */
const RECORD_KINDS = ['chapter', 'project', 'place'];
const RECORD_JS_LIMIT = 10 * KB;
const CSS_LIMIT = 25 * KB;

const site = SITES.root;
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

  test('weighs the /report/ build the same as the root build, assets found under the base path', () => {
    const report = heaviestByKind(SITES.report.dir, SITES.report.base, htmlFiles(SITES.report.dir));
    for (const kind of Object.keys(BUDGETS)) {
      expect(report[kind]!.css, kind).toBe(weights[kind]!.css);
      expect(Math.abs(report[kind]!.html - weights[kind]!.html), kind).toBeLessThan(weights[kind]!.html * 0.05);
    }
  });
});
