/**
 * Chromium for the browser tests: the system's own (Debian's `chromium`),
 * found through CHROME_PATH or the usual paths. No download, and no silent skip:
 * without a browser the tests fail with the install hint.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
