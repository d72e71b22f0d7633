/** Where the test builds go, and the base path of each. */
import { resolve } from 'node:path';

export const OUTPUT = resolve('tests/.output');

export const SITES = {
  root: { dir: resolve(OUTPUT, 'root'), base: '/' },
  report: { dir: resolve(OUTPUT, 'report'), base: '/report/' },
} as const;
