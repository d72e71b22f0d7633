/**
 * The parallel editions, on the fixture build (/report/, English at the root, az/ru/hy under their prefixes): every
 * page kind in every edition, hreflang and the language switch, translated texts with their state, and no English
 * interface string left on a translated page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { DICTIONARIES, type Message } from '../../src/lib/i18n/dictionary.ts';
import { TRANSLATIONS } from '../../src/lib/i18n/locales.ts';
import { readPages, type Page } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

const site = SITES.fixture;
const pages = readPages(site.dir);
const byPath = new Map(pages.map((p) => [p.path, p]));
const page = (path: string) => {
  const found = byPath.get(path);
  if (!found) throw new Error(`no page ${path} in the fixture build`);
  return found.html;
};
const edition = (lang: string, p: Page) => p.path.startsWith(`/${lang}/`);
const english = pages.filter((p) => !TRANSLATIONS.some((lang) => edition(lang, p)) && p.path !== '/404/');

describe.each(TRANSLATIONS)('the %s edition', (lang) => {
  test('has every page of the English edition, at the same path under its prefix', () => {
    const missing = english
      .filter((p) => p.path !== '/styleguide/')
      .map((p) => `/${lang}${p.path}`)
      .filter((path) => !byPath.has(path));
    expect(missing).toEqual([]);
    expect(english.length).toBeGreaterThan(15);
  });

  test('says its language, and points to the same page in every edition', () => {
    const html = page(`/${lang}/places/testville/`);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(lang);
    const alternates = html
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
    expect(alternates).toEqual([
      ['en', '/report/places/testville/'],
      ['az', '/report/az/places/testville/'],
      ['ru', '/report/ru/places/testville/'],
      ['hy', '/report/hy/places/testville/'],
      ['x-default', '/report/places/testville/'],
    ]);
    const switcher = html.querySelector('.language-switch')!;
    expect(switcher.querySelector('[aria-current="page"]')!.getAttribute('lang')).toBe(lang);
    const links = switcher.querySelectorAll('a').map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
    expect(links).toHaveLength(3);
    for (const [other, href] of links)
      expect(new URL(href!).pathname, other!).toBe(alternates.find(([l]) => l === other)![1]);
  });

  test('keeps links inside the edition, and data files where they are', () => {
    const html = page(`/${lang}/`);
    const hrefs = html.querySelectorAll('main a[href^="/report/"]').map((a) => a.getAttribute('href')!);
    const pagesLinked = hrefs.filter((h) => h.endsWith('/') || h.includes('/#'));
    expect(pagesLinked.length).toBeGreaterThan(5);
    expect(pagesLinked.filter((h) => !h.startsWith(`/report/${lang}/`))).toEqual([]);
    expect(page(`/${lang}/data/`).querySelector(`a[href="/report/data/places.csv"]`)).not.toBeNull();
  });

  test('says every page is a translation and that the English text is authoritative', () => {
    for (const path of [`/${lang}/`, `/${lang}/timeline/`, `/${lang}/projects/test-road/`]) {
      const notice = page(path).querySelector('.translation-notice');
      expect(notice, path).not.toBeNull();
      expect(notice!.querySelector(`a[hreflang="en"]`), path).not.toBeNull();
    }
  });

  test('has no English interface string outside the parts marked lang="en"', () => {
    const own = DICTIONARIES[lang];
    const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
    // Pieces of English messages (between slots) long enough to be unmistakable, unless the edition writes them the same.
    const pieces = Object.entries(DICTIONARIES.en).flatMap(([key, m]) =>
      texts(m)
        .flatMap((text) => text.split(/\{\w+\}/))
        .map((piece) => piece.trim())
        .filter((piece) => piece.length >= 8 && /[a-z]{3}/.test(piece))
        .filter((piece) => !texts(own[key as keyof typeof own]).some((t) => t.includes(piece)))
        .map((piece) => ({ key, piece })),
    );
    // The edition's dictionary is a translation: most English pieces are not in it, so there is something to look for.
    expect(pieces.length).toBeGreaterThan(300);
    const found: string[] = [];
    for (const p of pages.filter((p) => edition(lang, p))) {
      const html = parse(p);
      // What a reader without JavaScript sees: a parser keeps <noscript> as text, so it is read as markup here.
      for (const el of html.querySelectorAll('noscript')) el.replaceWith(parseHtml(el.innerHTML));
      for (const el of html.querySelectorAll('[lang="en"], script, style')) el.remove();
      const attributes = html
        .querySelectorAll('[aria-label], [title], [alt], [data-messages]')
        .map((el) => ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? '').join(' '));
      // Addresses are not words of the interface ("…/charts/projects-by-sector/").
      const text =
        `${html.querySelector('body')!.textContent} ${attributes.join(' ')} ${html.querySelector('title')!.textContent}`.replace(
          /https?:\/\/\S+/g,
          ' ',
        );
      for (const { key, piece } of pieces)
        if (new RegExp(`(?<![\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text))
          found.push(`${p.path}: ${key}: “${piece}”`);
    }
    expect(found).toEqual([]);
  });
});

/** A fresh copy of a page's tree, to cut parts out of. */
const parse = (p: Page) => parseHtml(p.html.toString());

describe('translated records', () => {
  test('show the translation, the English name among the other names, and a reviewer where there is one', () => {
    const html = page('/ru/places/testville/');
    expect(html.querySelector('h1')!.textContent).toBe('Тествиль');
    expect(html.querySelectorAll('.names dt').map((dt) => dt.textContent)).toContain('Testville');
    const notice = html.querySelector('.translation-notice')!;
    expect(notice.getAttribute('data-translation')).toBe('current');
    expect(notice.textContent).toContain('Fixture Reviewer');
  });

  test('are shown in English, marked so, where an edition has no translation yet', () => {
    const html = page('/az/places/sampleton/');
    expect(html.querySelector('.translation-notice')!.getAttribute('data-translation')).toBe('missing');
    expect(html.querySelector('h1')!.getAttribute('lang')).toBe('en');
    expect(page('/az/timeline/').querySelector('#test-event-later')!.getAttribute('lang')).toBe('en');
  });

  test('are flagged where the English has changed since the translation was made', () => {
    const event = page('/az/timeline/').querySelector('#test-event')!;
    expect(event.querySelector('.event-title')!.textContent.trim()).toBe('Test hadisəsi');
    expect(event.querySelector('.translation-stale')).not.toBeNull();
    expect(page('/az/').querySelector('.translation-stale')).toBeNull();
  });

  test('give a chapter its translated title and findings, and its English body marked as English', () => {
    const html = page('/ru/articles/test-chapter/');
    expect(html.querySelector('h1')!.textContent).toBe('Тестовая глава');
    expect(html.querySelector('.findings li')!.textContent).toContain('Тестовая дорога открылась');
    expect(html.querySelector('.prose')!.getAttribute('lang')).toBe('en');
  });
});

describe('each edition’s feed and search index', () => {
  test.each(TRANSLATIONS)('%s has a feed in its language, linking into its edition', (lang) => {
    const xml = readFileSync(join(site.dir, lang, 'feed.xml'), 'utf8');
    expect(xml).toContain(`xml:lang="${lang}"`);
    expect(xml).toContain(`/report/${lang}/articles/test-chapter/`);
    expect(page(`/${lang}/`).querySelector('link[type="application/atom+xml"]')!.getAttribute('href')).toMatch(
      new RegExp(`/report/${lang}/feed\\.xml$`),
    );
  });

  test('Pagefind holds one index per language', () => {
    const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['az', 'en', 'hy', 'ru']);
    for (const lang of Object.keys(entry.languages)) expect(entry.languages[lang].page_count, lang).toBeGreaterThan(5);
  });
});
