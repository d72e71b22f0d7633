/**
 * Builds the fixture content under /report/ and the real content at the domain root before the build and browser
 * suites. Runs once per test run, whichever suites ask.
 */
import { rmSync } from 'node:fs';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { OUTPUT, SITES } from './sites.ts';

export default function setup() {
  if (process.env.REPORT_SITES_BUILT) return;
  rmSync(OUTPUT, { recursive: true, force: true });
  for (const site of Object.values(SITES)) {
    const { status, output } = astroBuild(site.dir, {
      BASE_PATH: site.base,
      CONTENT_DIR: site.content,
      RELEASES_DIR: site.releases,
    });
    if (status !== 0) throw new Error(`astro build of ${site.content} (base ${site.base}) failed:\n${output}`);
  }
  process.env.REPORT_SITES_BUILT = '1';
}
