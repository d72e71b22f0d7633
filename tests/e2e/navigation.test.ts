import { describe, expect, test } from 'vitest';
import { browserSuite, openWatched } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

const site = browserSuite(SITES.fixture);

describe('a reader in Chromium, on a site served under /report/', () => {
  test('goes from the home page to a project, its status, milestones and sources, then to its place', async () => {
    const { page, close } = await openWatched(site.browser, site.server.url, site.server.url);
    expect(await page.locator('h1').textContent()).toBe('Rebuilding Karabakh, checked line by line');
    expect(await page.title()).toBe('Karabakh Reconstruction Report');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await page.waitForURL(`${site.server.url}projects/`);
    await page.getByRole('link', { name: 'Test Road' }).click();
    await page.waitForURL(`${site.server.url}projects/test-road/`);
    expect(await page.locator('h1').textContent()).toBe('Test Road');
    expect(await page.locator('.status-line').textContent()).toBe('Operational as of 10 January 2022');
    expect(await page.locator('.milestones > li').count()).toBe(2);
    expect(await page.locator('.sources a[href^="http"]').count()).toBe(5);

    await page.getByRole('main').getByRole('link', { name: 'Testville', exact: true }).first().click();
    await page.waitForURL(`${site.server.url}places/testville/`);
    expect(await page.locator('h1').textContent()).toBe('Testville');
    const names = await page.locator('.names dt').allTextContents();
    expect(names).toEqual(['Testvil', 'Тествиль', 'Testvill', 'Testakert']);
    expect(await page.getByRole('link', { name: 'Test Road' }).count()).toBeGreaterThan(0);
    await close();
  });

  test('reaches an event on the timeline by its permalink', async () => {
    const { page, close } = await openWatched(site.browser, site.server.url, `${site.server.url}timeline/#test-event`);
    const event = page.locator('article#test-event');
    expect(await event.locator('h3').textContent()).toContain('A fixture event');
    expect(await event.isVisible()).toBe(true);
    await close();
  });

  test('reads a long chapter with "On this page": beside the text when wide, the current section marked', async () => {
    const { page, close } = await openWatched(
      site.browser,
      site.server.url,
      `${site.server.url}articles/test-chapter/`,
      {
        viewport: { width: 1280, height: 700 },
      },
    );
    const nav = page.locator('nav.on-this-page');
    const links = nav.locator('a');
    expect(await links.allTextContents()).toEqual(['A section', 'Counts and charts']);
    const [navBox, proseBox] = [await nav.boundingBox(), await page.locator('.chapter .prose').boundingBox()];
    expect(navBox!.x, 'beside the text').toBeGreaterThan(proseBox!.x + proseBox!.width);
    await expect.poll(() => links.first().getAttribute('aria-current')).toBe('location');
    await page.locator('#counts-and-charts').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('counts-and-charts')!.scrollIntoView({ block: 'start' }));
    await expect.poll(() => links.last().getAttribute('aria-current')).toBe('location');
    expect(await links.first().getAttribute('aria-current')).toBeNull();
    expect((await nav.boundingBox())!.y, 'it stays in view').toBeGreaterThanOrEqual(0);
    await close();
  });

  test('on a phone, "On this page" comes before the text, and works as links without JavaScript', async () => {
    const { page, close } = await openWatched(
      site.browser,
      site.server.url,
      `${site.server.url}articles/test-chapter/`,
      {
        viewport: { width: 375, height: 700 },
        javaScriptEnabled: false,
      },
    );
    const [navBox, proseBox] = [
      await page.locator('nav.on-this-page').boundingBox(),
      await page.locator('.chapter .prose').boundingBox(),
    ];
    expect(navBox!.y + navBox!.height).toBeLessThanOrEqual(proseBox!.y);
    await page.locator('nav.on-this-page a', { hasText: 'Counts and charts' }).click();
    await page.waitForURL(/#counts-and-charts$/);
    await close();
  });

  test('gets the 404 page for an unknown address', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.server.url}no-such-page/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await context.close();
  });
});
