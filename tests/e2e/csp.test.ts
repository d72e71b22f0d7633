import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSuite, cspViolations, watchCsp } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

// The /report/ build served with the headers of its _headers file, as Netlify or Cloudflare
// Pages would: the header policy and the meta policy both apply. Every page kind is also
// loaded under both policies, scrolled through, in accessibility.test.ts.
const site = browserSuite(SITES.fixture, { headers: true });

async function page(path: string): Promise<Page> {
  const context = await site.browser.newContext();
  await context.addInitScript(watchCsp);
  const p = await context.newPage();
  await p.goto(site.server.url + path);
  return p;
}

describe('the Content-Security-Policy, sent as a header and as a meta tag', () => {
  test('the header carries the policy and the other security headers', async () => {
    const response = await fetch(site.server.url);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  test('would catch a violation: an inline style attribute is refused and reported', async () => {
    const p = await page('about/');
    await p.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await expect.poll(() => cspViolations(p).then((found) => found.length)).toBeGreaterThan(0);
    for (const violation of await cspViolations(p)) expect(violation).toMatch(/^style-src-attr/);
    await p.context().close();
  });

  test('the theme switch, the search dialog, a search and a chart run without a violation', async () => {
    const p = await page('charts/');
    await p.locator('.theme-toggle').click();
    await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await p.waitForSelector('.chart-canvas canvas');
    await p.keyboard.press('/');
    await p.keyboard.type('Testakert');
    await p.waitForSelector('dialog .search-result-title');
    expect(await cspViolations(p), 'interactions').toEqual([]);
    await p.context().close();

    const search = await page('search/?q=Testville');
    await search.waitForSelector('[data-search-page] .search-result-title');
    expect(await cspViolations(search), 'search page').toEqual([]);
    await search.context().close();
  });
});
