/**
 * Chromium for the browser tests: the system's own (Debian's `chromium`),
 * found through CHROME_PATH or the usual paths. No download, and no silent skip:
 * without a browser the tests fail with the install hint.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChrome(env: Record<string, string | undefined> = process.env): string {
  const path = [env.CHROME_PATH, ...CANDIDATES].find((p): p is string => Boolean(p) && existsSync(p!));
  if (!path) {
    throw new Error(
      'No Chromium found: install it with `apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome binary.',
    );
  }
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

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
