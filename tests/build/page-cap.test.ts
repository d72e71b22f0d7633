/**
 * The hard cap: no page of the site above 100 KB of gzipped HTML, whatever its kind (the budgets in budgets.test.ts
 * hold each kind well below it). Long lists stay under it by going onto pages of their own (src/lib/list-pages.ts);
 * here, the real report's sources (over their limit) show that a paged list keeps every entry and anchor reachable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../scripts/bench/measure.ts';
import { SOURCES_PAGE_LIMIT } from '../../src/lib/list-pages.ts';
import { SITES } from '../support/sites.ts';

const CAP = 100 * 1024;

describe.each(Object.values(SITES))('the $name build', (site) => {
  test('has no page above 100 KB of gzipped HTML', () => {
    const over = htmlFiles(site.dir)
      .map((file) => ({ file, gz: gzipSync(readFileSync(join(site.dir, file)), { level: 9 }).length }))
      .filter(({ gz }) => gz > CAP);
    expect(over).toEqual([]);
  });
});

describe('a list too long for one page (the real sources)', () => {
  const dir = SITES.real.dir;
  const html = (path: string) => parse(readFileSync(join(dir, path, 'index.html'), 'utf8'));
  const map = JSON.parse(readFileSync(join(dir, 'sources/pages.json'), 'utf8')) as Record<string, string>;
  const pages = [...new Set(Object.values(map))];

  test('is over its limit, so its address is an index linking to every page, each a kind of publisher', () => {
    const index = html('sources');
    const cited = Number(/\d[\d,]*/.exec(index.querySelector('.lede')!.text)![0].replace(/,/g, ''));
    expect(cited).toBeGreaterThan(SOURCES_PAGE_LIMIT);
    expect(index.querySelectorAll('.source-index li')).toHaveLength(0);
    const links = index.querySelectorAll('[data-list-pages] a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(pages.map((p) => `/sources/${p}`).sort());
    expect(index.querySelector('[data-list-pages]')!.getAttribute('data-map')).toBe('/sources/pages.json');
  });

  test('keeps every source, each on one page, and every anchor on the page its map names', () => {
    const listed = pages.flatMap((p) => html(`sources/${p}`).querySelectorAll('.source-index li'));
    const index = html('sources');
    const cited = Number(/\d[\d,]*/.exec(index.querySelector('.lede')!.text)![0].replace(/,/g, ''));
    expect(listed).toHaveLength(cited);
    for (const [anchor, page] of Object.entries(map))
      expect(html(`sources/${page}`).getElementById(anchor), `${anchor} on ${page}`).not.toBeNull();
  });

  test('gives every page a canonical address, its editions, and the way to the pages around it', () => {
    for (const [k, page] of pages.entries()) {
      const doc = html(`ru/sources/${page}`);
      expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toMatch(
        new RegExp(`/ru/sources/${page}$`),
      );
      expect(doc.querySelectorAll('link[rel=alternate][hreflang]')).toHaveLength(5);
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      expect(doc.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(
        k > 0 ? `/ru/sources/${pages[k - 1]}` : undefined,
      );
      expect(doc.querySelector('a[rel=next]')?.getAttribute('href')).toBe(
        k < pages.length - 1 ? `/ru/sources/${pages[k + 1]}` : undefined,
      );
    }
  });
});
