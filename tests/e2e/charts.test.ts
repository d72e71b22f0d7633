import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';
import { serve, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;
const problems: string[] = [];

beforeAll(async () => {
  server = await serve(SITES.report.dir, SITES.report.base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records errors, failed and third-party requests, and every script it loads. */
async function open(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const scripts: string[] = [];
  watchPage(page, server.url, (problem) => problems.push(problem));
  page.on('request', (req) => req.resourceType() === 'script' && scripts.push(req.url()));
  await page.goto(`${server.url}${path}`);
  return { page, scripts };
}

/** Closes a context once its pages are quiet, so no request is cut off mid-flight. */
async function done(context: BrowserContext) {
  for (const page of context.pages()) await page.waitForLoadState('networkidle');
  await context.close();
}

const chartCode = (scripts: string[]) => scripts.filter((s) => /enhance\.[\w-]+\.js$/.test(s));
const canvasImage = (page: Page, id: string) =>
  page.locator(`#chart-${id} canvas`).evaluate((c) => (c as HTMLCanvasElement).toDataURL());

describe('charts with JavaScript off', () => {
  test('show the drawing, and the numbers in a table one click away', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const { page } = await open(context, 'charts/budget-by-year/');
    const figure = page.locator('#chart-budget-by-year');
    expect(await figure.locator('svg.chart-svg-wide').isVisible()).toBe(true);
    expect(await figure.locator('svg.chart-svg-narrow').isVisible()).toBe(false);
    expect(await figure.locator('canvas').count()).toBe(0);
    expect(await figure.locator('svg.chart-svg-wide text', { hasText: '2023' }).count()).toBeGreaterThan(0);
    const table = figure.locator('table.chart-table');
    expect(await table.isVisible()).toBe(false);
    await figure.locator('details.chart-data summary').click();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
    await done(context);
  });

  test('draw the narrow layout on a phone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const { page } = await open(context, 'charts/transport-promises/');
    expect(await page.locator('svg.chart-svg-narrow').isVisible()).toBe(true);
    expect(await page.locator('svg.chart-svg-wide').isVisible()).toBe(false);
    const box = await page.locator('svg.chart-svg-narrow').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    await done(context);
  });

  test('offer the CSV as a download of the same rows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(context, 'charts/returnees/');
    const href = await page.locator('.chart-links a[download]').getAttribute('href');
    expect(href).toBe('/report/charts/returnees.csv');
    const response = await page.request.get(new URL(href!, server.url).href);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    const body = await response.body();
    expect([...body.subarray(0, 3)], 'a UTF-8 byte-order mark for spreadsheets').toEqual([0xef, 0xbb, 0xbf]);
    const lines = body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Period,Measure,Value,Unit,As of,Source,Source URL,Note');
    expect(lines.length - 1).toBe(await page.locator('table.chart-table tbody tr').count());
    await done(context);
  });
});

describe('charts with JavaScript on', () => {
  test('a page without charts loads no chart code', async () => {
    const context = await browser.newContext();
    const { page, scripts } = await open(context, 'timeline/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /ChartFigure|enhance/.test(s))).toEqual([]);
    await done(context);
  });

  test('Chart.js loads only when a chart scrolls into view, then takes over the drawing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, scripts } = await open(context, '');
    await page.waitForLoadState('networkidle');
    expect(chartCode(scripts), 'not before a chart is near').toEqual([]);
    const figure = page.locator('#chart-budget-by-year');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-budget-by-year.chart-interactive');
    expect(chartCode(scripts)).toHaveLength(1);
    expect(await figure.locator('canvas').isVisible()).toBe(true);
    expect(await figure.locator('svg.chart-svg-wide').isVisible()).toBe(false);
    expect(await figure.locator('canvas').getAttribute('aria-label')).toMatch(/^Reconstruction budget by year/);
    await done(context);
  });

  test('the legend buttons hide and show a series, and the theme switch recolours the chart', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const { page } = await open(context, 'charts/budget-by-year/');
    await page.waitForSelector('#chart-budget-by-year.chart-interactive');
    const buttons = page.locator('#chart-budget-by-year .chart-legend button');
    expect(await buttons.allTextContents()).toEqual([
      'Planned (budget law)',
      'Revised plan (mid-year)',
      'Spent (execution reports)',
      'Other reported figure',
    ]);
    await page.waitForTimeout(400); // the first drawing's short animation
    const before = await canvasImage(page, 'budget-by-year');
    await buttons.nth(2).click();
    expect(await buttons.nth(2).getAttribute('aria-pressed')).toBe('false');
    await page.waitForTimeout(400);
    const hidden = await canvasImage(page, 'budget-by-year');
    expect(hidden).not.toBe(before);
    await buttons.nth(2).click();
    expect(await buttons.nth(2).getAttribute('aria-pressed')).toBe('true');

    await page.waitForTimeout(400);
    const light = await canvasImage(page, 'budget-by-year');
    await page.locator('.theme-toggle').click();
    await page.waitForTimeout(400);
    expect(await canvasImage(page, 'budget-by-year')).not.toBe(light);
    expect(await buttons.nth(2).getAttribute('aria-pressed'), 'visibility survives the redraw').toBe('true');
    await done(context);
  });

  test('hovering a bar draws a tooltip', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await open(context, 'charts/hydropower/');
    await page.waitForSelector('#chart-hydropower.chart-interactive');
    await page.waitForTimeout(400);
    const canvas = page.locator('#chart-hydropower canvas');
    const box = (await canvas.boundingBox())!;
    const quiet = await canvasImage(page, 'hydropower');
    // The right-hand bar (38 plants) fills the lower part of the right half of the plot.
    await page.mouse.move(box.x + box.width * 0.72, box.y + box.height * 0.8);
    await page.waitForTimeout(400);
    expect(await canvasImage(page, 'hydropower')).not.toBe(quiet);
    await done(context);
  });

  test('the place page map highlights the place and links to the others', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, 'places/lachin/');
    expect(await page.locator('svg.map-svg a.is-current').getAttribute('href')).toBe('/report/places/lachin/');
    await page.locator('.map-list a', { hasText: 'Shusha' }).click();
    await page.waitForURL(`${server.url}places/shusha/`);
    expect(await page.locator('svg.map-svg a.is-current').getAttribute('href')).toBe('/report/places/shusha/');
    await done(context);
  });

  test.each(['light', 'dark'] as const)(
    'the charts, a chapter and a place page pass axe’s WCAG 2.2 AA rules in %s mode',
    async (colorScheme) => {
      const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      for (const path of ['charts/', 'articles/demining/', 'places/shusha/']) {
        const { page } = await open(context, path);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        await page.evaluate(axe);
        const violations = await page.evaluate(async () => {
          const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
          const { axe } = window as unknown as {
            axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
          };
          const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
          return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations, path).toEqual([]);
      }
      await done(context);
    },
  );

  test('saw no console errors, failed requests or third-party requests', () => {
    expect(problems).toEqual([]);
  });
});
