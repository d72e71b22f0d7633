/**
 * Citable releases: `npm run release` run for real (a trial, on the fixture content, into a folder of its own), and
 * the release pages and files of the builds: every file a release lists is published, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanEnv } from '../../scripts/lib/astro-build.ts';
import { manifestProblem, newestFirst, type ReleaseManifest } from '../../src/lib/release/manifest.ts';
import { readPages } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const work = mkdtempSync(join(tmpdir(), 'report-releases-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run release -- …args`, on the fixture content, with releases kept in `dir`. */
function release(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/release.ts', ...args], {
    env: cleanEnv({ CONTENT_DIR: 'tests/fixtures/content', BASE_PATH: '/report/', ...env }),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run release', () => {
  test('freezes the data, the changes since the release before and the whole report as a PDF, each with its SHA-256', () => {
    const dir = join(work, 'releases');
    cpSync(SITES.fixture.releases, dir, { recursive: true });
    const run = release(['0.2', '--trial'], { RELEASES_DIR: dir });
    expect(run.status, run.output).toBe(0);
    const folder = join(dir, '0.2');
    const manifest = JSON.parse(readFileSync(join(folder, 'release.json'), 'utf8')) as ReleaseManifest;
    expect(manifestProblem('release.json', manifest)).toBeUndefined();
    expect(manifest).toMatchObject({ version: '0.2', previous: '0.1' });
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['CHANGELOG.md', 'report.pdf', 'data/datapackage.json', 'data/projects.csv']),
    );
    for (const f of manifest.files) {
      const bytes = readFileSync(join(folder, f.path));
      expect([bytes.length, sha256(bytes)], f.path).toEqual([f.bytes, f.sha256]);
    }
    const pdf = readFileSync(join(folder, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // a cover, the contents and the chapter, each on pages of their own
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(join(folder, 'CHANGELOG.md'), 'utf8')).toMatch(
      /^# Changes in release 0\.2\n\nEvery change to a record since release 0\.1 \(\d{4}-\d{2}-\d{2}\), newest first\./,
    );
  });

  test('refuses a version already released, a malformed one, and a release for readers without its address', () => {
    const dir = SITES.fixture.releases;
    const again = release(['0.1', '--trial'], { RELEASES_DIR: dir });
    expect(again.status).toBe(1);
    expect(again.output).toMatch(/^release: .*0\.1 exists: a release is frozen once made/);
    expect(release(['next', '--trial'], { RELEASES_DIR: dir }).output).toMatch(
      /^release: expected a version of numbers/,
    );
    expect(release(['9.9', '--trial']).output).toMatch(/^release: --trial writes only where RELEASES_DIR says/);
    const forReaders = release(['9.9'], { RELEASES_DIR: join(work, 'none'), SITE_URL: '' });
    expect(forReaders.status).toBe(1);
    expect(existsSync(join(work, 'none', '9.9'))).toBe(false);
  });
});

describe.each(Object.values(SITES))('the releases of the $name build', (site) => {
  const pages = new Map(readPages(site.dir).map((p) => [p.path, p.html]));
  const manifests = newestFirst(
    (existsSync(site.releases) ? readdirSync(site.releases) : []).map(
      (v) => JSON.parse(readFileSync(join(site.releases, v, 'release.json'), 'utf8')) as ReleaseManifest,
    ),
  );

  test('/releases/ lists every release in every edition, or says there is none yet', () => {
    for (const prefix of ['', 'az/', 'ru/', 'hy/']) {
      const list = pages.get(`/${prefix}releases/`)!;
      const items = list.querySelectorAll('main h2 a').map((a) => a.getAttribute('href'));
      expect(items, prefix).toEqual(manifests.map((m) => `${site.base}${prefix}releases/${m.version}/`));
      if (manifests.length === 0) expect(list.querySelector('main h1 + p + p')!.text.length).toBeGreaterThan(20);
    }
  });

  test('each release page lists every file, published byte for byte, and cites the release by its version', () => {
    for (const m of manifests) {
      const page = pages.get(`/releases/${m.version}/`)!;
      const rows = page.querySelectorAll('main tbody tr');
      expect(rows.map((r) => r.querySelector('a')!.text)).toEqual(m.files.map((f) => f.path));
      for (const f of m.files) {
        const bytes = readFileSync(join(site.dir, 'releases', m.version, f.path));
        expect(sha256(bytes), f.path).toBe(f.sha256);
      }
      expect(page.querySelector('main .cite-text')!.text).toContain(`Version ${m.version}.`);
      // "Cite this page" at the foot of the page cites the release by its version too
      expect(page.querySelector('footer .cite-text')!.text).toContain(`Version ${m.version}.`);
      expect(
        pages.get('/data/')!.querySelector(`#cite + p a[href="${site.base}releases/${m.version}/"]`),
      ).not.toBeNull();
    }
  });
});
