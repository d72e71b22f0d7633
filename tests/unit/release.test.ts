import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { releaseChangelog } from '../../src/lib/release/changelog.ts';
import { compareVersions, manifestProblem, newestFirst, versionProblem } from '../../src/lib/release/manifest.ts';
import { printDocument } from '../../src/lib/release/print.ts';

describe('release versions and manifests', () => {
  test('a version is numbers joined by dots, compared number by number', () => {
    expect(versionProblem('2026.12')).toBeUndefined();
    expect(versionProblem('1.2.3')).toBeUndefined();
    expect(versionProblem(undefined)).toMatch(/^expected a version: npm run release -- <version>/);
    for (const bad of ['v1.0', '1', '1.0-beta', '../1.0'])
      expect(versionProblem(bad), bad).toMatch(/numbers joined by dots/);
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(
      newestFirst([{ version: '1.9' }, { version: '1.10' }, { version: '0.1' }] as never).map((r) => r.version),
    ).toEqual(['1.10', '1.9', '0.1']);
  });

  test('a malformed manifest is one line naming the file and the field', () => {
    const good = {
      version: '1.0',
      date: '2026-12-04',
      commit: 'a'.repeat(40),
      files: [{ path: 'report.pdf', bytes: 3, sha256: 'b'.repeat(64) }],
    };
    expect(manifestProblem('r.json', good)).toBeUndefined();
    expect(manifestProblem('r.json', { ...good, date: '4 Dec' })).toBe(
      'r.json: date: expected YYYY-MM-DD, got "4 Dec"',
    );
    expect(manifestProblem('r.json', { ...good, commit: 'abc' })).toMatch(
      /^r\.json: commit: expected a 40-character git commit/,
    );
    expect(manifestProblem('r.json', { ...good, files: [{ path: 'x', bytes: 1, sha256: 'nothex' }] })).toMatch(
      /^r\.json: files\[0\]: /,
    );
    expect(manifestProblem('r.json', { ...good, version: 'next' })).toMatch(/^r\.json: version: /);
    expect(manifestProblem('r.json', { ...good, doi: '10.5281/zenodo.17' })).toBeUndefined();
    expect(manifestProblem('r.json', { ...good, doi: 'https://doi.org/10.5281/zenodo.17' })).toMatch(/^r\.json: doi: /);
  });
});

describe('a release’s changelog', () => {
  const histories = new Map([
    [
      'projects/road',
      [
        { date: '2025-01-10', changes: [{ kind: 'added' as const }] },
        {
          date: '2025-06-01',
          changes: [{ kind: 'status' as const, field: 'status', from: 'under-construction', to: 'operational' }],
        },
      ],
    ],
    ['places/town', [{ date: '2025-03-02', changes: [{ kind: 'revised' as const, field: 'summary' }] }]],
  ]);
  const titles = new Map([['projects/road', 'The Road']]);

  test('holds the changes after the release before, newest day first, each record by title and key', () => {
    const text = releaseChangelog({
      version: '1.1',
      histories,
      titles,
      since: { version: '1.0', date: '2025-03-02' },
      until: '2025-12-31',
    });
    expect(text).toBe(
      [
        '# Changes in release 1.1',
        '',
        'Every change to a record since release 1.0 (2025-03-02), newest first.',
        '',
        '## 1 June 2025',
        '',
        '- The Road (`projects/road`): Status: Under construction → Operational',
        '',
      ].join('\n'),
    );
  });

  test('a first release holds every change; a release with none says so', () => {
    const first = releaseChangelog({ version: '1.0', histories, titles, until: '2025-12-31' });
    expect(first.match(/^## /gm)).toHaveLength(3);
    expect(first).toContain('- places/town (`places/town`): Text revised');
    expect(
      releaseChangelog({
        version: '1.2',
        histories,
        titles,
        since: { version: '1.1', date: '2025-12-31' },
        until: '2026-01-01',
      }),
    ).toContain('No record changed.');
  });
});

describe('the printable report', () => {
  const chapter = (id: string, title: string) => ({
    id,
    html: `<html><body><header><nav>menu</nav></header><article class="chapter"><h1>${title}</h1><nav class="on-this-page"><a href="#s">S</a></nav><h2 id="s">Section</h2><p>Text<sup><a href="#note-1" id="cite-1-1">[1]</a></sup> and <a href="/report/places/town/">a town</a>.</p><section class="notes" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2><ol><li id="note-1"><a href="#cite-1-1">↩</a> <a href="https://example.org/x">https://example.org/x</a></li></ol></section></article><footer>foot</footer></body></html>`,
  });
  const cover = {
    title: 'The Report',
    version: '1.0',
    date: '2026-12-04',
    publisher: 'A Publisher',
    licence: 'CC BY 4.0',
    url: 'https://example.org/report/releases/1.0/',
    site: 'https://example.org/report/',
  };
  const doc = parse(
    printDocument([chapter('one', 'First'), chapter('two', 'Second')], cover, ['/report/_astro/a.css']),
  );

  test('has a cover naming the release, the contents, and every chapter without the site’s chrome', () => {
    expect(doc.querySelector('.release-cover')!.text).toContain('Release 1.0, 2026-12-04.');
    expect(doc.querySelectorAll('.release-contents a').map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['#one', 'First'],
      ['#two', 'Second'],
    ]);
    expect(doc.querySelectorAll('article.chapter').map((a) => a.id)).toEqual(['one', 'two']);
    expect(doc.querySelectorAll('header, footer, .on-this-page')).toHaveLength(0);
    expect(doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toBe('/report/_astro/a.css');
  });

  test('keeps each chapter’s notes its own (ids unique, links to them followed) and links to the site absolute', () => {
    const ids = doc.querySelectorAll('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of doc.querySelectorAll('a[href^="#"]'))
      expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    expect(doc.querySelector('#two a[href*="places"]')!.getAttribute('href')).toBe(
      'https://example.org/report/places/town/',
    );
    expect(doc.querySelector('#two section.notes')!.getAttribute('aria-labelledby')).toBe('two--notes-heading');
  });
});
