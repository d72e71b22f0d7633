// Reader tools in a browser, on the fixture build served with its _headers: a chart's embed page framed by another
// site (and every other page refused), the changes page's filter, and a chapter's "On this page" list.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { browserSuite } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

const site = browserSuite(SITES.fixture, { headers: true });
const CHART = 'demining-area';

/** Another site (another origin: another port), whose page frames the given addresses of the report. */
let other: { server: Server; url: string };
beforeAll(async () => {
  const server = createServer((req, res) => {
    const frames = new URL(req.url!, 'http://x').searchParams.getAll('frame');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>A newspaper</title>${frames.map((f, i) => `<iframe id="f${i}" title="frame ${i}" src="${f}" width="800" height="700"></iframe>`).join('')}`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  other = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
});
afterAll(() => new Promise<void>((resolve) => other.server.close(() => resolve())));

/** The heading a framed page shows, once it has loaded; none when the browser refused to frame it. */
async function framedHeading(page: Page, index: number): Promise<string | null> {
  const frame = (await (await page.$(`#f${index}`))!.contentFrame()) as Frame;
  await frame.waitForLoadState('load');
  return frame.url().startsWith(site.server.url) ? frame.locator('h1').textContent({ timeout: 20_000 }) : null;
}

describe('a chart’s embed page', () => {
  test('another site can frame it, and no other page of the report', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const embed = `${site.server.url}embed/charts/${CHART}/`;
    const chart = `${site.server.url}charts/${CHART}/`;
    await page.goto(`${other.url}?frame=${encodeURIComponent(embed)}&frame=${encodeURIComponent(chart)}`);
    await expect.poll(() => framedHeading(page, 0)).toBe('Area cleared of mines since November 2020');
    const refused = await (await page.$('#f1'))!.contentFrame();
    await expect.poll(() => refused!.evaluate(() => document.querySelector('h1')?.textContent ?? null)).toBeNull();
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'reads whole without JavaScript, in %s, breaking no WCAG 2.2 AA rule',
    async (colorScheme) => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}embed/charts/${CHART}/`);
      expect(await page.locator('.chart-svg-wide').isVisible()).toBe(true);
      expect(await page.locator('.chart-finding').textContent()).toMatch(/\d/);
      expect(await page.locator('header, nav, footer').count()).toBe(0);
      const back = page.locator('.embed-credit a').first();
      expect(await back.getAttribute('href')).toBe(`https://karabakh-reconstruction.example/report/charts/${CHART}/`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(18, 20, 23)' : 'rgb(251, 250, 246)');
      await context.close();
      const audited = await site.browser.newContext({ colorScheme });
      const withAxe = await audited.newPage();
      await withAxe.goto(`${site.server.url}embed/charts/${CHART}/`);
      expect(await axeViolations(withAxe)).toEqual([]);
      await audited.close();
    },
  );

  test('its chart page gives the <iframe> code to copy, and the button copies it', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.url}charts/${CHART}/`);
    const code = await page.locator('#chart-embed-code').inputValue();
    expect(code).toMatch(
      new RegExp(
        `^<iframe src="https://karabakh-reconstruction\\.example/report/embed/charts/${CHART}/" title="[^"]+"`,
      ),
    );
    await page.locator('[data-copy-embed]').click();
    await expect.poll(() => page.locator('.chart-embed [role="status"]').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await context.close();
  });
});

describe('the changes page', () => {
  test('filters by kind of record and place, keeps the choice in the address, and says how many it shows', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}changes/`);
    const items = page.locator('[data-changes] li[data-date]');
    const total = await items.count();
    await page.locator('select[name="record"]').selectOption('places');
    await expect.poll(() => page.locator('[data-changes] li[data-date]:visible').count()).toBeGreaterThan(0);
    const shown = await page
      .locator('[data-changes] li[data-date]:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.record));
    expect(new Set(shown)).toEqual(new Set(['places']));
    expect(shown.length).toBeLessThan(total);
    expect(await page.locator('.changes-count').textContent()).toBe(`Showing ${shown.length} of ${total} changes`);
    expect(new URL(page.url()).search).toBe('?record=places');

    // The address alone gives the same view, the place filter narrowing it further.
    await page.goto(`${site.server.url}changes/?record=projects&place=sampleton`);
    const projects = await page
      .locator('[data-changes] li[data-date]:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset));
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) {
      expect(p.record).toBe('projects');
      expect(p.places!.split(' ')).toContain('sampleton');
    }
    await context.close();
  });

  test('without JavaScript, lists every change by month and hides the filter', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}changes/?record=places`);
    expect(await page.locator('.changes-filter').isVisible()).toBe(false);
    const items = page.locator('[data-changes] li[data-date]');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-changes] li[data-date]:visible').count()).toBe(await items.count());
    await context.close();
  });
});

describe('a chapter’s "On this page" list', () => {
  test('sits beside the text on a wide screen and marks the section being read', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}articles/test-chapter/`);
    const nav = page.locator('[data-on-this-page]');
    const links = nav.locator('a');
    expect(await links.count()).toBeGreaterThan(1);
    const [list, body] = await Promise.all([
      nav.boundingBox(),
      page.locator('.chapter .prose, .chapter p').first().boundingBox(),
    ]);
    expect(list!.x).toBeGreaterThan(body!.x + body!.width - 1);
    const last = links.last();
    const target = decodeURIComponent((await last.getAttribute('href'))!.slice(1));
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), target);
    await expect.poll(() => last.getAttribute('aria-current')).toBe('location');
    expect(await nav.locator('a[aria-current]').count()).toBe(1);
    await context.close();
  });

  test('comes before the text on a narrow screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}articles/test-chapter/`);
    const [list, heading] = await Promise.all([
      page.locator('[data-on-this-page]').boundingBox(),
      page.locator('.chapter .prose h2[id]').first().boundingBox(),
    ]);
    expect(list!.y).toBeLessThan(heading!.y);
    expect(list!.width).toBeGreaterThan(300);
    await context.close();
  });
});
