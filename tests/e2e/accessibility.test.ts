import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { browserSuite, cspViolations, watchCsp } from '../support/browser.ts';
import { EDITION_PAGE_KINDS, PAGE_KINDS } from '../../scripts/lib/page-kinds.ts';
import { SITES } from '../support/sites.ts';

const site = browserSuite(SITES.real, { headers: true });

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.server.url + path);
  return page;
}

/** Brings each chart into view, as a reader scrolling would, and waits until Chart.js has taken every one over. */
async function enhanceCharts(page: Page) {
  const charts = page.locator('figure[data-chart]');
  for (let i = 0; i < (await charts.count()); i++) await charts.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure[data-chart]')].every((f) => f.classList.contains('chart-interactive')),
  );
}

/** A page, its charts taken over by Chart.js: what axe and the Content-Security-Policy find wrong with it. */
async function audit(path: string, scheme: 'light' | 'dark') {
  const context = await site.browser.newContext({ colorScheme: scheme });
  await context.addInitScript(watchCsp);
  const page = await open(context, path);
  await enhanceCharts(page);
  const found = { axe: await axeViolations(page), csp: await cspViolations(page) };
  await context.close();
  return found;
}

describe('the translated editions', () => {
  test.each(Object.entries(EDITION_PAGE_KINDS))(
    'the %s page breaks no WCAG 2.2 AA rule and no CSP directive',
    async (_kind, path) => {
      expect(await audit(path, 'light')).toEqual({ axe: [], csp: [] });
    },
  );
});

describe.each(['light', 'dark'] as const)('in %s mode', (scheme) => {
  test.each(Object.entries(PAGE_KINDS))(
    'the %s page, its charts taken over by Chart.js, breaks no WCAG 2.2 AA rule and no CSP directive',
    async (_kind, path) => {
      expect(await audit(path, scheme)).toEqual({ axe: [], csp: [] });
    },
  );
});
