import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSuite, openWatched } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

const site = browserSuite(SITES.fixture);

/**
 * A watched page that also records every script it loads. Reduced motion, as
 * a reader may ask for it: charts then draw without animation, so a test waits
 * for a drawing to settle instead of for an animation's length.
 */
async function open(path: string, options: BrowserContextOptions = {}) {
  const opened = await openWatched(site.browser, site.server.url, `${site.server.url}${path}`, {
    reducedMotion: 'reduce',
    ...options,
  });
  const scripts = () => opened.fetched.filter((url) => /\.js$/.test(url));
  return { ...opened, scripts };
}

const chartCode = (scripts: string[]) => scripts.filter((s) => /enhance\.[\w-]+\.js$/.test(s));
const canvasImage = (page: Page, id: string) =>
  page.locator(`#chart-${id} canvas`).evaluate(async (canvas: HTMLCanvasElement) => {
    // after two frames, so a resize or redraw the browser has queued is on the canvas
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return canvas.toDataURL();
  });

/** The chart's drawing once it has stopped changing (the same across two reads). */
async function settledImage(page: Page, id: string): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const now = await canvasImage(page, id);
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

describe('charts with JavaScript off', () => {
  test('show the drawing, and the numbers in a table one click away', async () => {
    const { page, close } = await open('charts/budget-by-year/', { javaScriptEnabled: false });
    const figure = page.locator('#chart-budget-by-year');
    expect(await figure.locator('svg.chart-svg-wide').isVisible()).toBe(true);
    expect(await figure.locator('svg.chart-svg-narrow').isVisible()).toBe(false);
    expect(await figure.locator('canvas').count()).toBe(0);
    expect(await figure.locator('svg.chart-svg-wide text', { hasText: '2023' }).count()).toBeGreaterThan(0);
    const table = figure.locator('table.chart-table');
    expect(await table.isVisible()).toBe(false);
    await figure.locator('details.chart-data summary').click();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(7);
    await close();
  });

  test('draw the narrow layout on a phone', async () => {
    const { page, close } = await open('charts/transport-promises/', {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    expect(await page.locator('svg.chart-svg-narrow').isVisible()).toBe(true);
    expect(await page.locator('svg.chart-svg-wide').isVisible()).toBe(false);
    const box = await page.locator('svg.chart-svg-narrow').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    await close();
  });

  test('offer the CSV as a download of the same rows', async () => {
    const { page, close } = await open('charts/returnees/', { javaScriptEnabled: false });
    const href = await page.locator('.chart-links a[download$=".csv"]').getAttribute('href');
    expect(href).toBe('/report/charts/returnees.csv');
    const response = await page.request.get(new URL(href!, site.server.url).href);
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
    await close();
  });
});

describe('charts with JavaScript on', () => {
  test('a page without charts loads no chart code', async () => {
    const { page, scripts, close } = await open('timeline/');
    await page.waitForLoadState('networkidle');
    expect(scripts().filter((s) => /ChartFigure|enhance/.test(s))).toEqual([]);
    await close();
  });

  test('Chart.js loads only when a chart scrolls into view, then takes over the drawing', async () => {
    const { page, scripts, close } = await open('', { viewport: { width: 1280, height: 800 } });
    await page.waitForLoadState('networkidle');
    expect(chartCode(scripts()), 'not before a chart is near').toEqual([]);
    const figure = page.locator('#chart-budget-by-year');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-budget-by-year.chart-interactive');
    expect(chartCode(scripts())).toHaveLength(1);
    expect(await figure.locator('canvas').isVisible()).toBe(true);
    expect(await figure.locator('svg.chart-svg-wide').isVisible()).toBe(false);
    expect(await figure.locator('canvas').getAttribute('aria-label')).toMatch(/^Reconstruction budget by year/);
    await close();
  });

  test('the legend buttons hide and show a series, and the theme switch recolours the chart', async () => {
    const { page, close } = await open('charts/budget-by-year/', { colorScheme: 'light' });
    await page.waitForSelector('#chart-budget-by-year.chart-interactive');
    const buttons = page.locator('#chart-budget-by-year .chart-legend button');
    expect(await buttons.allTextContents()).toEqual([
      'Planned (budget law)',
      'Revised plan (mid-year)',
      'Spent (execution reports)',
      'Other reported figure',
    ]);
    const before = await settledImage(page, 'budget-by-year');
    await buttons.nth(2).click();
    expect(await buttons.nth(2).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => canvasImage(page, 'budget-by-year')).not.toBe(before);
    await buttons.nth(2).click();
    expect(await buttons.nth(2).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => canvasImage(page, 'budget-by-year'), { message: 'the series drawn again' }).toBe(before);

    await page.locator('.theme-toggle').click();
    await expect.poll(() => canvasImage(page, 'budget-by-year')).not.toBe(before);
    expect(await buttons.nth(2).getAttribute('aria-pressed'), 'visibility survives the redraw').toBe('true');
    await close();
  });

  test('hovering a bar draws a tooltip', async () => {
    const { page, close } = await open('charts/hydropower/');
    await page.waitForSelector('#chart-hydropower.chart-interactive');
    const quiet = await settledImage(page, 'hydropower');
    const box = (await page.locator('#chart-hydropower canvas').boundingBox())!;
    // The right-hand bar (the larger of the fixture's two counts) fills the lower part of the right half of the plot.
    await page.mouse.move(box.x + box.width * 0.72, box.y + box.height * 0.8);
    await expect.poll(() => canvasImage(page, 'hydropower')).not.toBe(quiet);
    await close();
  });

  test('the place page map highlights the place and links to the others', async () => {
    const { page, close } = await open('places/testville/');
    expect(await page.locator('svg.map-svg a.is-current').getAttribute('href')).toBe('/report/places/testville/');
    await page.locator('.map-list a', { hasText: 'Sampleton' }).click();
    await page.waitForURL(`${site.server.url}places/sampleton/`);
    expect(await page.locator('svg.map-svg a.is-current').getAttribute('href')).toBe('/report/places/sampleton/');
    await close();
  });
});
