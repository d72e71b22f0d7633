/**
 * A list too long for one page, in the browser (the real sources, over their limit: src/lib/list-pages.ts): its
 * index and its pages pass axe and the Content-Security-Policy, and an address naming an entry on one of the pages
 * ("/sources/#publisher-…") moves on to that page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { browserSuite, cspViolations, watchCsp } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

const site = browserSuite(SITES.real, { headers: true });
const pages = () =>
  JSON.parse(readFileSync(join(SITES.real.dir, 'sources/pages.json'), 'utf8')) as Record<string, string>;

describe('a paged list', () => {
  test.each(['sources/', 'ru/sources/state-body/', 'hy/sources/international-media/'])(
    '%s breaks no WCAG 2.2 AA rule and no CSP directive',
    async (path) => {
      const context = await site.browser.newContext();
      await context.addInitScript(watchCsp);
      const page = await context.newPage();
      await page.goto(site.server.url + path);
      expect({ axe: await axeViolations(page), csp: await cspViolations(page) }).toEqual({ axe: [], csp: [] });
      await context.close();
    },
  );

  test('moves an address naming an entry of another page on to it, in every edition', async () => {
    const [publisher, page] = Object.entries(pages()).find(([anchor]) => anchor.startsWith('publisher-'))!;
    const context = await site.browser.newContext();
    const tab = await context.newPage();
    for (const prefix of ['', 'az/']) {
      await tab.goto(`${site.server.url}${prefix}sources/#${publisher}`);
      await expect.poll(() => new URL(tab.url()).pathname).toBe(`/${prefix}sources/${page}`);
      expect(new URL(tab.url()).hash).toBe(`#${publisher}`);
      expect(await tab.locator(`[id="${publisher}"]`).count()).toBe(1);
    }
    // an anchor the list does not know leaves the index where it is
    await tab.goto(`${site.server.url}sources/#nowhere`);
    await tab.waitForLoadState('networkidle');
    expect(new URL(tab.url()).pathname).toBe('/sources/');
    await context.close();
  });
});
