/**
 * Builds the real site twice before the build and browser suites: at the
 * domain root and under /report/. Runs once per test run, whichever suites ask.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { OUTPUT, SITES } from './sites.ts';

export default function setup() {
  if (process.env.REPORT_SITES_BUILT) return;
  rmSync(OUTPUT, { recursive: true, force: true });
  // Vitest exports Vite's own variables (BASE_URL, MODE, NODE_ENV…) to process.env; a build must not inherit them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  for (const site of Object.values(SITES)) {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site.dir], {
      env: { ...env, BASE_PATH: site.base, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(`astro build (base ${site.base}) failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  process.env.REPORT_SITES_BUILT = '1';
}
