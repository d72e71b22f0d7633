import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { PAGE_KINDS } from '../support/pages.ts';
import { SITES } from '../support/sites.ts';
import { serve, type StaticServer } from '../support/static-server.ts';

// The /report/ build served with the headers of its _headers file, as Netlify or Cloudflare
// Pages would: the header policy and the meta policy both apply.
let browser: Browser;
let server: StaticServer;
const violations: string[] = [];

beforeAll(async () => {
  server = await serve(SITES.report.dir, SITES.report.base, { headers: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function page(path: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  await context.addInitScript(() => ((window as unknown as { __csp: string[] }).__csp = []));
  const p = await context.newPage();
  await p.goto(server.url + path);
  return p;
}

const collect = async (p: Page, where: string) => {
  const found = await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  violations.push(...found.map((v) => `${where}: ${v}`));
  await p.context().close();
};

describe('the Content-Security-Policy, sent as a header and as a meta tag', () => {
  test('the header carries the policy and the other security headers', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  test('would catch a violation: an inline style attribute is refused and reported', async () => {
    const p = await page('about/');
    await p.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await p.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    expect(await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp[0])).toMatch(/^style-src-attr/);
    await p.context().close();
  });

  test.each(Object.entries(PAGE_KINDS))('the %s page runs without a violation', async (kind, path) => {
    const p = await page(path);
    await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await p.waitForLoadState('networkidle');
    await collect(p, kind);
  });

  test('the theme switch, the search dialog, a search and a chart run without a violation', async () => {
    const p = await page('charts/');
    await p.locator('.theme-toggle').click();
    await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await p.waitForSelector('.chart-canvas canvas');
    await p.keyboard.press('/');
    await p.keyboard.type('Stepanakert');
    await p.waitForSelector('dialog .search-result-title');
    await collect(p, 'interactions');

    const search = await page('search/?q=Shusha');
    await search.waitForSelector('[data-search-page] .search-result-title');
    await collect(search, 'search page');
  });

  test('saw no violation anywhere', () => {
    expect(violations).toEqual([]);
  });
});
