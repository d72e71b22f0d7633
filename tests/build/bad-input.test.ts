import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { BAD_DIR, GOOD_DIR } from '../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'report-bad-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture content with one bad file planted, in a fresh folder. */
function contentWith(bad: string): string {
  const dir = join(work, bad.replace(/\W+/g, '-'));
  cpSync(GOOD_DIR, dir, { recursive: true });
  cpSync(join(BAD_DIR, bad), join(dir, bad));
  return dir;
}

describe('a build of content from CONTENT_DIR', () => {
  test('builds the fixture content into a site of its own', () => {
    const out = join(work, 'good-site');
    const { status, output } = astroBuild(out, { CONTENT_DIR: GOOD_DIR });
    expect(status, output).toBe(0);
    expect(readdirSync(join(out, 'places')).sort()).toEqual([
      'index.html',
      'sampleton',
      'sampleton.json',
      'testville',
      'testville.json',
    ]);
    const chapter = parse(readFileSync(join(out, 'articles/test-chapter/index.html'), 'utf8'));
    expect(chapter.querySelector('.record-card a')!.getAttribute('href')).toBe('/projects/test-road/');
    expect(chapter.querySelector('.record-card .status')!.text).toBe('Operational');
    expect(chapter.querySelector('.quote figcaption')!.text).toBe('— A fixture speaker, 26 October 2021[3]');
    expect(chapter.querySelector('.callout-uncertain .callout-title')!.text).toBe('A fixture caveat');
    expect(chapter.querySelectorAll('.record-card')[1]!.text).toContain('Met late');
    expect(chapter.querySelector('.figure img')!.getAttribute('src')).toBe('/favicon.svg');
    expect(chapter.querySelectorAll('.notes li').map((li) => li.id)).toEqual(['note-1', 'note-2', 'note-3']);
  });

  test.each([
    ['projects/dangling-place.json', 'places[1]: "atlantis" is not a record in places'],
    ['projects/no-sources.json', 'sources: expected at least one source'],
    [
      'projects/status-unknown.json',
      'status: expected one of announced, under-construction, completed, operational, got "finished"',
    ],
    ['projects/javascript-url.json', 'sources[0].url: expected an http:// or https:// URL, got "javascript:alert(1)"'],
  ])('stops at %s, naming the file, the field and the value', (bad, message) => {
    const out = join(work, `out-${bad.replace(/\W+/g, '-')}`);
    const { status, output } = astroBuild(out, { CONTENT_DIR: contentWith(bad) });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      new RegExp(`${bad.replace(/[.[\]]/g, '\\$&')}: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    expect(output).toContain('the build stopped before writing anything');
    expect(existsSync(out)).toBe(false);
  });
});
