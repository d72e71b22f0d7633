import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';
import { SITES } from '../support/sites.ts';

const again = mkdtempSync(join(tmpdir(), 'report-again-'));
afterAll(() => rmSync(again, { recursive: true, force: true }));

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

test('two builds of the same commit are byte-identical', () => {
  const { status, output } = astroBuild(again, { BASE_PATH: SITES.root.base });
  expect(status, output).toBe(0);
  const first = fingerprint(SITES.root.dir);
  const second = fingerprint(again);
  expect(Object.keys(second)).toEqual(Object.keys(first));
  const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
  expect(differing).toEqual([]);
});
