/// <reference types="vitest/config" />
// Four suites, named by what they exercise; `npm test` runs them all after `npm run check`.
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/skip-reporter.ts'],
    // Two test files at a time even on two cores: the browser and build suites mostly wait on other processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // Unit tests share one module graph per worker (no isolation): they import pure modules, and loading Astro's
      // config and the canvas once instead of per file takes them from about 22 s to 7 s of worker time.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
      {
        extends: true,
        // Everything that runs Astro itself: builds and their output, the type check (astro check), the dev server.
        // One file at a time, because Astro processes in one project share .astro/ (a fixture build beside a build
        // of the real content can render the other's chapters); the other suites run beside them.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A wait for the browser's real work (Pagefind's WebAssembly and index, Chart.js, a navigation) must hold
          // on a busy 2-core machine: 20 s, not Vitest's default of one second.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
