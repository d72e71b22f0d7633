/**
 * The two builds the build and browser suites read. Behaviour is tested on the fixture content, built under a
 * sub-path (/report/) so every test also checks that links carry the base; the real content is built once, at the
 * domain root, for the smoke, validity, budget and audit tests.
 */
import { resolve } from 'node:path';

/** Override with TEST_OUTPUT to keep parallel test runs apart. */
export const OUTPUT = resolve(process.env.TEST_OUTPUT ?? 'tests/.output');

export interface Site {
  name: string;
  /** The built folder. */
  dir: string;
  base: string;
  /** The content it was built from. */
  content: string;
  /** The releases it publishes (RELEASES_DIR). */
  releases: string;
}

export const SITES = {
  fixture: {
    name: 'fixture',
    dir: resolve(OUTPUT, 'fixture'),
    base: '/report/',
    content: 'tests/fixtures/content',
    releases: 'tests/fixtures/releases',
  },
  real: { name: 'real', dir: resolve(OUTPUT, 'real'), base: '/', content: 'src/content', releases: 'releases' },
} as const satisfies Record<string, Site>;
