/** Where the test builds go, and the base path of each. */
import { resolve } from 'node:path';

/** Override with TEST_OUTPUT to keep parallel test runs apart. */
export const OUTPUT = resolve(process.env.TEST_OUTPUT ?? 'tests/.output');

export const SITES = {
  root: { dir: resolve(OUTPUT, 'root'), base: '/' },
  report: { dir: resolve(OUTPUT, 'report'), base: '/report/' },
} as const;
