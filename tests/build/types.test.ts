import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { cleanEnv } from '../../scripts/lib/astro-build.ts';

// The type check of every .ts and .astro file. It takes about 20 s, so it runs here, in `npm test` and `npm run test:build`,
// rather than in `npm run check`, which an editor runs before each commit.
test('astro check finds no type error, warning or hint', () => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
    env: cleanEnv({ FORCE_COLOR: '0' }),
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  expect(output).toMatch(/- 0 errors\n- 0 warnings\n- 0 hints/);
});
