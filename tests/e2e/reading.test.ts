// Reading the report on a 320 px phone, by keyboard alone and on paper (screenshots in tests/.output/screenshots/).
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { EDITION_PAGE_KINDS, PAGE_KINDS } from '../../scripts/lib/page-kinds.ts';
import { browserSuite } from '../support/browser.ts';
import { OUTPUT, SITES } from '../support/sites.ts';

const shots = `${OUTPUT}/screenshots`;
const site = browserSuite(SITES.real);
beforeAll(() => mkdirSync(shots, { recursive: true }));

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.server.url + path);
  return page;
}

describe('on a 320 px phone', () => {
  test.each(Object.entries({ ...PAGE_KINDS, ...EDITION_PAGE_KINDS }))(
    'the %s page fits without sideways scrolling',
    async (kind, path) => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await open(context, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.screenshot({ path: `${shots}/320-${kind.replace(/\W+/g, '-')}.png`, fullPage: false });
      expect(width).toBeLessThanOrEqual(320);
      await context.close();
    },
  );
});

describe('with the keyboard', () => {
  test('the skip link comes first and moves focus to the content', async () => {
    const context = await site.browser.newContext();
    const page = await open(context, 'projects/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await context.close();
  });

  test('the theme switch works with Enter and is remembered on the next page', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await open(context, '');
    const toggle = page.locator('.theme-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.goto(site.server.url + 'places/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 23)');
    await context.close();
  });

  test('the timeline filter works from the keyboard and changes the address', async () => {
    const context = await site.browser.newContext();
    const page = await open(context, 'timeline/');
    const chip = page.locator('.filter a[data-category="demining"]');
    await chip.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}timeline/demining/`);
    const visible = await page
      .locator('.event:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(visible.length).toBeGreaterThan(0);
    expect(new Set(visible)).toEqual(new Set(['demining']));
    expect(await chip.getAttribute('aria-current')).toBe('page');
    await page.goBack();
    expect(await page.locator('.event:visible').count()).toBeGreaterThan(visible.length);
    await context.close();
  });
});

describe('in print', () => {
  test('a chapter prints without navigation, with its notes and their URLs', async () => {
    const context = await site.browser.newContext();
    const page = await open(context, 'articles/transport/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.notes').isVisible()).toBe(true);
    const url = await page.locator('.notes .note-url').first().textContent();
    expect(url).toMatch(/^https?:\/\//);
    await page.pdf({ path: `${shots}/print-chapter.pdf` });
    await page.screenshot({ path: `${shots}/print-chapter.png`, fullPage: false });
    await context.close();
  });
});
