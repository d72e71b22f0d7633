import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** The one test file allowed to skip (the nginx sample, where nginx is not installed; never in CI), and the two that talk about skipping. */
const MAY_SKIP = new Set(['e2e/nginx.test.ts', 'support/skip-reporter.ts', 'unit/no-skips.test.ts']);

test('no test is skipped, left to do or run alone, but the nginx sample where nginx is missing', () => {
  const found = readdirSync('tests', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.startsWith('.output') && !MAY_SKIP.has(file))
    .flatMap((file) =>
      [
        ...readFileSync(join('tests', file), 'utf8').matchAll(
          /\b(?:test|it|describe|context)\.(skip|skipIf|runIf|todo|only)\b|\.skip\(/g,
        ),
      ].map((m) => `${file}: ${m[0]}`),
    );
  expect(found).toEqual([]);
});
