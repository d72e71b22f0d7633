/**
 * Browser helpers for the tests. The browser itself comes from
 * scripts/lib/browser.ts (npm's Chromium on Linux x64, CHROME_PATH, or an installed Chrome).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';

import { launchBrowser } from '../../scripts/lib/browser.ts';

export { launchBrowser };

/**
 * Reports what a page must never do: console errors, uncaught errors, failed
 * requests and requests to any origin but `origin`. `ignoreAborted` tolerates
 * requests cut short because the test itself left the page (net::ERR_ABORTED).
 */
export function watchPage(
  page: Page,
  origin: string,
  report: (problem: string) => void,
  { ignoreAborted = false }: { ignoreAborted?: boolean } = {},
): void {
  page.on('console', (msg) => msg.type() === 'error' && report(`console: ${msg.text()}`));
  page.on('pageerror', (error) => report(`page error: ${error.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText;
    if (!(ignoreAborted && reason === 'net::ERR_ABORTED')) report(`failed: ${req.url()} (${reason})`);
  });
  page.on('request', (req) => !req.url().startsWith(origin) && report(`third party: ${req.url()}`));
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested, in order. */
  fetched: string[];
  /** Waits until the context's pages are quiet, closes it, and fails the test if any page misbehaved. */
  close: () => Promise<void>;
}

/**
 * Opens `url` in a fresh context whose page is watched from its first request
 * (see watchPage), so that each test checks its own page and a failure is
 * blamed on the test that caused it. `theme` is stored before the page loads.
 */
export async function openWatched(
  browser: Browser,
  origin: string,
  url: string,
  {
    theme,
    ignoreAborted,
    ...options
  }: BrowserContextOptions & { theme?: 'light' | 'dark'; ignoreAborted?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  if (theme) await context.addInitScript((t) => localStorage.setItem('theme', t), theme);
  const page = await context.newPage();
  const problems: string[] = [];
  const fetched: string[] = [];
  watchPage(page, origin, (problem) => problems.push(problem), { ignoreAborted });
  page.on('request', (req) => fetched.push(req.url()));
  await page.goto(url);
  return {
    page,
    context,
    fetched,
    close: async () => {
      for (const open of context.pages()) await open.waitForLoadState('networkidle');
      await context.close();
      expect(problems, 'console errors, failed or third-party requests').toEqual([]);
    },
  };
}

/** Records each Content-Security-Policy violation a page reports; give it to `context.addInitScript`. */
export function watchCsp() {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );
}

/** The violations `watchCsp` has recorded on the page so far. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/**
 * A static server for a build and a browser, started before a test file's tests and stopped after them:
 * `const site = browserSuite(SITES.fixture)`, then `site.browser` and `site.server` in the tests.
 */
export function browserSuite(build: { dir: string; base: string }, options: { headers?: boolean } = {}) {
  const suite = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    // with the headers of _headers, as Netlify or Cloudflare Pages send them, when asked
    suite.server = await serve(build.dir, build.base, options);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
