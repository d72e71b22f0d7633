/**
 * What changed, on the fixture build: each record page's history and the /changes/ page in every edition, from the
 * git history of the fixture content. In a shallow clone (as some CIs make) both say that history is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isShallow } from '../../src/git.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { readPages } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

const pages = new Map(readPages(SITES.fixture.dir).map((p) => [p.path, p.html]));
const shallow = isShallow();

describe.each(LOCALES)('the %s edition', (lang) => {
  const prefix = lang === 'en' ? '' : `${lang}/`;

  test('lists every change by month on /changes/, each linking to its record in the edition', () => {
    const html = pages.get(`/${prefix}changes/`)!;
    if (shallow) {
      expect(html.querySelector('main .note')).not.toBeNull();
      return;
    }
    const months = html.querySelectorAll('main h2');
    expect(months.length).toBeGreaterThan(0);
    const items = html.querySelectorAll('[data-changes] li[data-date]');
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) {
      expect(item.getAttribute('data-date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.querySelector('a')!.getAttribute('href')).toMatch(new RegExp(`^/report/${prefix}[a-z]+/`));
    }
    const dates = items.map((i) => i.getAttribute('data-date')!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('shows a record’s history on its page, folded, newest first', () => {
    const history = pages.get(`/${prefix}projects/test-road/`)!.querySelector('.record-history');
    if (shallow) {
      expect(history).toBeNull();
      return;
    }
    expect(history!.tagName).toBe('DETAILS');
    const days = history!.querySelectorAll('ol > li > time').map((t) => t.getAttribute('datetime')!);
    expect(days.length).toBeGreaterThan(0);
    expect(days).toEqual([...days].sort().reverse());
    expect(history!.querySelectorAll('ol > li').at(-1)!.querySelector('ul')!.text.trim().length).toBeGreaterThan(0);
  });
});

describe.each(Object.values(SITES))('the $name build', (site) => {
  test('a timeline event, a promise or a series shows its history where it is listed once it changed after being added', () => {
    const json = (path: string) =>
      JSON.parse(readFileSync(join(site.dir, path), 'utf8')) as Array<{ id: string; history?: unknown[] }>;
    const listed = new Map(
      readPages(site.dir)
        .filter((p) => ['/timeline/', '/commitments/', '/data/'].includes(p.path))
        .map((p) => [p.path, p.html]),
    );
    for (const [collection, page, selector] of [
      ['events', '/timeline/', 'article.event'],
      ['commitments', '/commitments/', 'article.commitment'],
      ['series', '/data/', 'section.series'],
    ] as const) {
      const changed = json(`data/${collection}.json`)
        .filter((r) => (r.history?.length ?? 0) > 1)
        .map((r) => r.id);
      if (site.name === 'real' && !shallow) expect(changed.length, collection).toBeGreaterThan(0);
      const shown = listed
        .get(page)!
        .querySelectorAll(selector)
        .filter((el) => el.querySelector('.record-history'))
        .map((el) => el.id);
      expect(shown.sort(), collection).toEqual(changed.sort());
    }
  });
});

test('the footer of every page links to what changed', () => {
  expect(pages.get('/')!.querySelector('.footer-links a[href="/report/changes/"]')).not.toBeNull();
  expect(pages.get('/hy/')!.querySelector('.footer-links a[href="/report/hy/changes/"]')).not.toBeNull();
});
