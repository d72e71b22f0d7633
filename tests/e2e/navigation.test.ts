import { describe, expect, test } from 'vitest';
import { browserSuite, openWatched } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

const site = browserSuite(SITES.report);

describe('a reader in Chromium, on a site served under /report/', () => {
  test('goes from the home page to a project, its status, milestones and sources, then to its place', async () => {
    const { page, close } = await openWatched(site.browser, site.server.url, site.server.url);
    expect(await page.locator('h1').textContent()).toBe('Rebuilding Karabakh, checked line by line');
    expect(await page.title()).toBe('Karabakh Reconstruction Report');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await page.waitForURL(`${site.server.url}projects/`);
    await page.getByRole('link', { name: 'Fuzuli International Airport' }).click();
    await page.waitForURL(`${site.server.url}projects/fuzuli-international-airport/`);
    expect(await page.locator('h1').textContent()).toBe('Fuzuli International Airport');
    expect(await page.locator('.status-line').textContent()).toBe('Operational as of 26 October 2021');
    expect(await page.locator('.milestones > li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.sources a[href^="http"]').count()).toBeGreaterThan(5);

    await page.getByRole('main').getByRole('link', { name: 'Fuzuli', exact: true }).first().click();
    await page.waitForURL(`${site.server.url}places/fuzuli/`);
    expect(await page.locator('h1').textContent()).toBe('Fuzuli');
    const names = await page.locator('.names dt').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Füzuli', 'Fizuli', 'Varanda', 'Физули']));
    expect(await page.getByRole('link', { name: 'Fuzuli International Airport' }).count()).toBeGreaterThan(0);
    await close();
  });

  test('reaches an event on the timeline by its permalink', async () => {
    const { page, close } = await openWatched(
      site.browser,
      site.server.url,
      `${site.server.url}timeline/#trilateral-statement-2020`,
    );
    const event = page.locator('article#trilateral-statement-2020');
    expect(await event.locator('h3').textContent()).toContain('Trilateral');
    expect(await event.isVisible()).toBe(true);
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
