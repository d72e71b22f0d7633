import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findChrome, packedChromium } from '../../scripts/lib/browser.ts';

describe('the browser the tests drive', () => {
  test('is CHROME_PATH when it is set, and a missing one is named', async () => {
    expect(await findChrome({ CHROME_PATH: process.execPath })).toEqual({
      path: process.execPath,
      origin: 'CHROME_PATH',
      env: {},
    });
    await expect(findChrome({ CHROME_PATH: '/nowhere/chrome' })).rejects.toThrow(
      'CHROME_PATH is set to /nowhere/chrome, which does not exist.',
    );
  });

  test('comes from npm on Linux x64 only, unpacked with its own libraries and fonts', async () => {
    expect(packedChromium('darwin', 'arm64')).toBeNull();
    expect(packedChromium('linux', 'arm64')).toBeNull();
    if (process.platform !== 'linux' || process.arch !== 'x64') return;
    const chrome = await findChrome({});
    expect(chrome.origin).toBe('@sparticuz/chromium');
    expect(existsSync(chrome.path)).toBe(true);
    expect(chrome.env.LD_LIBRARY_PATH!.split(':')[0]).toMatch(/report-chromium\/[\d.]+\/lib$/);
    expect(existsSync(`${chrome.env.LD_LIBRARY_PATH!.split(':')[0]}/libnss3.so`)).toBe(true);
    expect(chrome.env.FONTCONFIG_FILE).toMatch(/fonts\.conf$/);
  });
});
