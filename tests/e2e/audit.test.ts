import { describe, expect, test } from 'vitest';
import { browserSuite, watchPage } from '../support/browser.ts';
import { readPages } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

// Every page of the real build, served as a CDN serves it, with the headers of _headers (the real
// nginx sample is tested in nginx.test.ts).
const paths = readPages(SITES.real.dir).map((p) => (p.path === '/404/' ? '404.html' : p.path.slice(1)));
/** The charts' embed pages too, for what holds of every page whatever its kind. */
const everyPath = readPages(SITES.real.dir, { embeds: true }).map((p) =>
  p.path === '/404/' ? '404.html' : p.path.slice(1),
);
const site = browserSuite(SITES.real, { headers: true });

describe('every page, in Chromium', () => {
  test('has no console errors, no failed requests and no request to another origin', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    // a request cut short by the next navigation (ERR_ABORTED) is not a failure of the page
    watchPage(page, site.server.url, (problem) => problems.push(`${current}: ${problem}`), { ignoreAborted: true });
    page.on(
      'response',
      (r) =>
        r.status() >= 400 && !r.url().endsWith('404.html') && problems.push(`${current}: ${r.status()} ${r.url()}`),
    );
    for (const path of everyPath) {
      current = path || '/';
      await page.goto(site.server.url + path, { waitUntil: 'load' });
    }
    expect(paths.length).toBeGreaterThan(90);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('reads fully without JavaScript: title, heading, navigation and text', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const thin: string[] = [];
    for (const path of paths) {
      await page.goto(site.server.url + path);
      const { h1, nav, text } = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
        nav: document.querySelectorAll('nav.site-nav a').length,
        text: document.querySelector('main')?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0,
      }));
      if (!h1 || nav < 5 || text < 200) thin.push(`${path}: h1 "${h1}", ${nav} nav links, ${text} characters`);
    }
    expect(thin).toEqual([]);
    await context.close();
  });
});
