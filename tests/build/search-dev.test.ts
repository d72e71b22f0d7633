/**
 * Search in `astro dev`, the way an editor uses it: the dev server builds the
 * index itself, under the base path, and picks up a content change.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanEnv } from '../../scripts/lib/astro-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { GOOD_DIR } from '../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'report-search-dev-'));
let server: ChildProcess | undefined;
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `astro dev` under /report/ (stopping the previous one) and waits until it answers. */
async function devServer(env: Record<string, string> = {}): Promise<string> {
  await stopServer();
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { env: cleanEnv({ BASE_PATH: '/report/', ...env }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  server = child;
  const url = `http://127.0.0.1:${port}/report/`;
  for (let i = 0; i < 160; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return url;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro dev did not answer at ${url}:\n${output}`);
}

/** Stops the dev server this file started, and waits for it to exit. */
async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server.kill();
  await exited;
}

async function search(page: Page, url: string, query: string): Promise<string[]> {
  await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-page] [data-search-status]');
  await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/result/);
  return page.locator('[data-search-page] .search-result-title').allTextContents();
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopServer();
  rmSync(work, { recursive: true, force: true });
});

describe('search in the dev server', () => {
  test('finds a place by another name in the report’s own content', async () => {
    const url = await devServer();
    const entry = await fetch(`${url}pagefind/pagefind-entry.json`).then((r) => r.json());
    expect(entry.languages.en.page_count).toBeGreaterThan(150);
    const page = await browser.newPage();
    expect((await search(page, url, 'Gabriel'))[0]).toBe('Jabrayil');
    const chapter = page.locator('.search-result-chapter .search-section').first();
    if (await chapter.count()) expect(await chapter.getAttribute('href')).toMatch(/^\/report\/articles\//);
    await page.close();
  });

  test('picks up a name an editor adds while the server runs', async () => {
    const content = join(work, 'content');
    cpSync(GOOD_DIR, content, { recursive: true });
    const url = await devServer({ CONTENT_DIR: content });
    const page = await browser.newPage();
    expect(await search(page, url, 'Testvil')).toContain('Testville');
    expect(await search(page, url, 'Quuxbridge')).toEqual([]);

    const file = join(content, 'places', 'testville.json');
    const place = JSON.parse(readFileSync(file, 'utf8'));
    place.altNames.push({ name: 'Quuxbridge', kind: 'variant', note: 'Added by the dev-server test' });
    writeFileSync(file, JSON.stringify(place, null, 2));
    await expect
      .poll(async () => (await search(page, url, 'Quuxbridge'))[0], { timeout: 30_000, interval: 1000 })
      .toBe('Testville');
    await page.close();
  });
});
