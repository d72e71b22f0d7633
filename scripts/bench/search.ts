/**
 * The search index of a build, when the site has one (a Pagefind bundle,
 * usually `pagefind/`): its size, the time Pagefind takes to index the built pages,
 * and a cold query in Chromium against a local static server.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { serve } from '../lib/static-server.ts';
import { folderBytes } from './measure.ts';

export interface SearchFigures {
  /** Bytes of the `pagefind/` folder as deployed. */
  indexBytes: number;
  /** Pagefind indexing the built pages again, alone (Node API, same binary as the build's). */
  indexMs: number;
  /** Pages in the index. */
  indexedPages: number;
  query: ColdQuery;
}

export interface ColdQuery {
  term: string;
  /** The page the query ran on. */
  page: string;
  /** Through Pagefind's API in the page: load, init, search, first result's data. */
  apiMs: number;
  /** Bytes fetched for that query, after the page had loaded. */
  apiBytes: number;
  results: number;
  /** Through the site's own search box (type, wait for a result link), when it has one. */
  uiMs: number | null;
  uiBytes: number | null;
  note?: string;
}

/** The site's search box: a search input, or any text input inside a search landmark or a Pagefind UI. */
const SEARCH_BOX = [
  'input[type="search"]',
  '[role="search"] input',
  'search input',
  '[class*="pagefind"] input',
  'input[placeholder*="search" i]',
]
  .map((s) => `${s}:visible`)
  .join(', ');

/** The folder of the build's Pagefind bundle ("pagefind"), found by its entry file; null without search. */
export function searchBundle(dir: string): string | null {
  const entry = readdirSync(dir, { recursive: true, encoding: 'utf8' }).find(
    (f) => f.endsWith('pagefind-entry.json') && f.split('/').length <= 3,
  );
  return entry ? entry.replace(/\/?pagefind-entry\.json$/, '') : null;
}

export async function searchFigures(dir: string, term: string): Promise<SearchFigures> {
  const bundle = searchBundle(dir);
  if (bundle === null) throw new Error(`${dir} has no Pagefind bundle`);
  const { indexMs, indexedPages } = await timeIndexing(dir);
  return {
    indexBytes: folderBytes(join(dir, bundle)),
    indexMs,
    indexedPages,
    query: await coldQuery(dir, bundle, term),
  };
}

async function timeIndexing(dir: string): Promise<{ indexMs: number; indexedPages: number }> {
  const pagefind = await import('pagefind');
  const out = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  try {
    const start = performance.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { indexMs: performance.now() - start, indexedPages: added.page_count };
  } finally {
    await pagefind.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** Counts response bytes from now on, until `total()` is awaited. */
function byteCounter(page: Page) {
  const sizes: Array<Promise<number>> = [];
  const onFinished = (request: Request) =>
    sizes.push(
      request
        .sizes()
        .then((s) => s.responseBodySize + s.responseHeadersSize)
        .catch(() => 0),
    );
  page.on('requestfinished', onFinished);
  return {
    total: async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      page.off('requestfinished', onFinished);
      return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    },
  };
}

async function coldQuery(dir: string, bundle: string, term: string): Promise<ColdQuery> {
  const server = await serve(dir, '/');
  const browser = await launchBrowser();
  const path = existsSync(join(dir, 'search', 'index.html')) ? 'search/' : '';
  try {
    // Each measure in a fresh context: nothing cached.
    const api = await browser.newContext().then((c) => c.newPage());
    await api.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const apiCounter = byteCounter(api);
    const found = await api.evaluate(
      async ({ url, term }) => {
        const start = performance.now();
        const pagefind = await import(url);
        await pagefind.init?.();
        const search = await pagefind.search(term);
        await search.results[0]?.data();
        return { ms: performance.now() - start, results: search.results.length as number };
      },
      { url: `${server.url}${bundle ? `${bundle}/` : ''}pagefind.js`, term },
    );
    const apiBytes = await apiCounter.total();

    const ui = await browser.newContext().then((c) => c.newPage());
    await ui.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const uiCounter = byteCounter(ui);
    const start = performance.now();
    const box = ui.locator(SEARCH_BOX).first();
    // A header search may sit behind a button that opens it: opening it is part of the reader's wait.
    const opener = ui.getByRole('button', { name: /search/i }).first();
    if ((await box.count()) === 0 && (await opener.isVisible().catch(() => false))) {
      await opener.click();
      await box.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    let uiMs: number | null = null;
    let note: string | undefined;
    if ((await box.count()) === 0) note = `no visible search box on /${path}`;
    else {
      const links = 'a[href*="synthetic-"], a[href*="/projects/"], a[href*="/places/"]';
      const before = await ui.locator(links).count();
      await box.fill(term);
      try {
        await ui.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length > n, [links, before] as const, {
          timeout: 20_000,
        });
        uiMs = performance.now() - start;
      } catch {
        note = `the search box showed no result link within 20 s`;
      }
    }
    const uiBytes = uiMs === null ? null : await uiCounter.total();
    return { term, page: `/${path}`, apiMs: found.ms, apiBytes, results: found.results, uiMs, uiBytes, note };
  } finally {
    await browser.close();
    await server.close();
  }
}
