/**
 * Builds the real site twice before the build and browser suites: at the
 * domain root and under /report/. Runs once per test run, whichever suites ask.
 */
import { rmSync } from 'node:fs';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { OUTPUT, SITES } from './sites.ts';

export default function setup() {
  if (process.env.REPORT_SITES_BUILT) return;
  rmSync(OUTPUT, { recursive: true, force: true });
  for (const site of Object.values(SITES)) {
    const { status, output } = astroBuild(site.dir, { BASE_PATH: site.base });
    if (status !== 0) throw new Error(`astro build (base ${site.base}) failed:\n${output}`);
  }
  process.env.REPORT_SITES_BUILT = '1';
}
