import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readPages, recordIds, resolveLink, type Page } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { splitLocalePath } from '../../src/lib/routes.ts';

const sites = Object.values(SITES).map((site) => ({
  ...site,
  pages: readPages(site.dir),
  records: ['articles', 'projects', 'places', 'events', 'commitments'].reduce(
    (n, c) => n + recordIds(c, site.content).length,
    0,
  ),
}));

/** Every record in a built index, as Pagefind stores it: gzip, a signature, then JSON. */
function fragments(
  dir: string,
): Array<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }> {
  const folder = join(dir, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  });
}

describe.each(sites)('the search index of the $name build', ({ dir, base, pages, records }) => {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const indexed = fragments(dir);

  test('holds one record per chapter, project, place, event and promise in each edition’s language', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['az', 'en', 'hy', 'ru']);
    for (const lang of Object.keys(entry.languages)) expect(entry.languages[lang].page_count, lang).toBe(records);
    expect(indexed).toHaveLength(records * 4);
    for (const kind of ['chapter', 'project', 'place', 'event', 'commitment']) {
      expect(indexed.filter((r) => r.meta.kind === kind).length, kind).toBeGreaterThan(0);
    }
  });

  test('ships Pagefind’s search code, and none of its unused UIs', () => {
    // Russian and Armenian have stemmers; Azerbaijani is searched with the language-less module.
    for (const file of [
      'pagefind.js',
      'pagefind-worker.js',
      'wasm.en.pagefind',
      'wasm.ru.pagefind',
      'wasm.hy.pagefind',
      'wasm.unknown.pagefind',
    ]) {
      expect(existsSync(join(dir, 'pagefind', file)), file).toBe(true);
    }
    for (const file of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.js']) {
      expect(existsSync(join(dir, 'pagefind', file)), file).toBe(false);
    }
  });

  test('links every record to a page or anchor that exists under the base path', () => {
    const map = new Map(pages.map((p) => [p.path, p]));
    const broken = indexed
      .map((r) => [r.url, resolveLink(dir, base, map, `${base}${r.url.slice(1)}`)] as const)
      .filter(([, problem]) => problem);
    expect(broken).toEqual([]);
    expect(indexed.every((r) => r.url.startsWith('/') && !r.url.startsWith(base === '/' ? '//' : base))).toBe(true);
  });

  test('puts a search link in every page’s header, and the search dialog beside it', () => {
    for (const page of pages) {
      const link = page.html.querySelector('.header-tools a[data-search-link]');
      // The search page of the page's own edition.
      const { lang } = splitLocalePath(page.path, LOCALES);
      const edition = lang === 'en' ? undefined : lang;
      expect(link?.getAttribute('href'), page.path).toBe(`${base}${edition ? `${edition}/` : ''}search/`);
      expect(page.html.querySelector('.header-tools button[data-search-open]')?.hasAttribute('hidden'), page.path).toBe(
        true,
      );
      expect(
        page.html.querySelector('dialog[data-search-dialog] input[type="search"][name="q"]'),
        page.path,
      ).not.toBeNull();
    }
  });

  test('loads no search code with a page: the header script is external and Pagefind is not preloaded', () => {
    for (const page of pages) {
      const scripts = page.html.querySelectorAll('script');
      const inline = scripts
        .filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json')
        .map((s) => s.text);
      expect(
        inline.filter((text) => /search|pagefind/i.test(text)),
        page.path,
      ).toEqual([]);
      expect(
        scripts.some((s) => /HeaderSearch/.test(s.getAttribute('src') ?? '')),
        page.path,
      ).toBe(true);
      expect(page.html.querySelectorAll('[href*="pagefind"], [src*="pagefind"]'), page.path).toHaveLength(0);
    }
  });
});

describe('the search page of the fixture build', () => {
  const { content, pages } = sites.find((s) => s.name === 'fixture')!;
  const page = (path: string) => pages.find((p: Page) => p.path === path)!;
  const ids = (collection: string) => recordIds(collection, content);
  const search = page('/search/').html;

  test('offers a field and facets whose counts agree with the data, disabled until its script runs', () => {
    const count = (value: string) => search.querySelector(`[data-count="type:${value}"]`)?.text.trim();
    expect(count('project')).toBe(String(ids('projects').length));
    expect(count('event')).toBe(String(ids('events').length));
    expect(count('commitment')).toBe(String(ids('commitments').length));
    expect(count('place')).toBe(String(ids('places').length));
    expect(search.querySelectorAll('input[name="place"]')).toHaveLength(ids('places').length);
    expect(search.querySelector('#search-field')?.hasAttribute('disabled')).toBe(true);
    for (const box of search.querySelectorAll('input[type="checkbox"]'))
      expect(box.getAttribute('form')).toBe('search-form');
  });

  test('links to the browsable lists for readers without JavaScript', () => {
    const noscript = search.querySelector('noscript')!;
    expect(noscript.innerHTML).toContain('href="/report/places/testville/"');
    expect(noscript.innerHTML).toContain('href="/report/projects/#sector-energy"');
    expect(noscript.innerHTML).toContain('href="/report/timeline/#year-2022"');
  });

  test('is what each chapter page marks for indexing: one body per chapter', () => {
    for (const id of ids('articles')) {
      expect(page(`/articles/${id}/`).html.querySelectorAll('[data-pagefind-body]'), id).toHaveLength(1);
    }
  });
});
