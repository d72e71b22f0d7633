import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { cleanEnv } from '../../scripts/lib/astro-build.ts';
import { BAD_DIR, GOOD_DIR } from '../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'report-safe-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (outDir: string, contentDir: string) =>
  spawnSync(process.execPath, ['scripts/build.ts'], {
    env: cleanEnv({ OUT_DIR: outDir, CONTENT_DIR: contentDir }),
    encoding: 'utf8',
  });

test('a failed build leaves the previous site untouched; a good one replaces it whole', () => {
  const out = join(work, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'previous.txt'), 'the site readers see now');

  const bad = join(work, 'bad-content');
  cpSync(GOOD_DIR, bad, { recursive: true });
  cpSync(join(BAD_DIR, 'projects/dangling-place.json'), join(bad, 'projects/dangling-place.json'));
  const failed = build(out, bad);
  expect(failed.status).not.toBe(0);
  expect(`${failed.stdout}${failed.stderr}`).toContain(`${out}/ is unchanged`);
  expect(readFileSync(join(out, 'previous.txt'), 'utf8')).toBe('the site readers see now');
  expect(existsSync(`${out}.next`)).toBe(false);

  const ok = build(out, GOOD_DIR);
  expect(ok.status, ok.stderr).toBe(0);
  expect(existsSync(join(out, 'previous.txt'))).toBe(false);
  expect(existsSync(join(out, 'places/testville/index.html'))).toBe(true);
  expect(existsSync(`${out}.previous`)).toBe(false);
});
