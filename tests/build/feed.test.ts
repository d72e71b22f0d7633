import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { readPages, recordIds } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { splitLocalePath } from '../../src/lib/routes.ts';

describe.each(Object.values(SITES))('the Atom feed of the $name build', (site) => {
  const pages = readPages(site.dir);
  const origin = pages
    .find((p) => p.path === '/')!
    .html.querySelector('link[rel="canonical"]')!
    .getAttribute('href')!;
  const feed = parseFeed(readFileSync(join(site.dir, 'feed.xml'), 'utf8'));

  test('parses with a real feed parser and names itself', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Karabakh Reconstruction Report');
    expect(feed.self).toBe(`${origin}feed.xml`);
    expect(feed.url).toBe(origin);
    expect(feed.copyright).toContain('Creative Commons Attribution 4.0');
    expect(feed.updated).toBeInstanceOf(Date);
  });

  test('has every chapter and the newest events and milestones, each linking to a built page', () => {
    const paths = new Set(pages.map((p) => p.path));
    const chapters = feed.items.filter((i) => i.categories.some((c) => c.term === 'chapter'));
    expect(chapters.map((i) => i.url!.slice(origin.length - 1)).sort()).toEqual(
      recordIds('articles', site.content)
        .map((id) => `/articles/${id}/`)
        .sort(),
    );
    expect(feed.items.some((i) => i.categories.some((c) => c.term === 'event'))).toBe(true);
    expect(feed.items.some((i) => i.categories.some((c) => c.term === 'milestone'))).toBe(true);
    for (const item of feed.items) {
      expect(item.url!.startsWith(origin), item.url!).toBe(true);
      expect(paths.has(`/${item.url!.slice(origin.length).split('#')[0]}`), item.url!).toBe(true);
      expect(item.title, item.url!).toBeTruthy();
      expect(item.published, item.url!).toBeInstanceOf(Date);
    }
    const ids = feed.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('is announced in the head of every page', () => {
    for (const p of pages) {
      const link = p.html.querySelector('link[rel="alternate"][type="application/atom+xml"]');
      // Each edition announces its own feed.
      const { lang } = splitLocalePath(p.path, LOCALES);
      const edition = lang === 'en' ? undefined : lang;
      expect(link?.getAttribute('href'), p.path).toBe(`${origin}${edition ? `${edition}/` : ''}feed.xml`);
    }
  });
});
