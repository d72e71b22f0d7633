import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { missingProperties, type JsonLd } from '../../src/lib/seo/jsonld.ts';
import { jpegSize, readPages, recordIds, type Page } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

/** Whether a text is well-formed XML, by fast-xml-validator (it throws on the first error): the error, or null. */
function xmlError(xml: string): string | null {
  try {
    SyntaxValidator.validate(xml);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const meta = (p: Page, key: string) =>
  p.html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

const graphOf = (p: Page): JsonLd[] =>
  p.html
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => (JSON.parse(s.text) as { '@graph': JsonLd[] })['@graph']);

describe.each(Object.values(SITES))('discovery and sharing in the $name build', (site) => {
  const pages = readPages(site.dir);
  const ids = (collection: string) => recordIds(collection, site.content);
  const page = (path: string) => pages.find((p) => p.path === path)!;
  const origin = page('/').html.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
  const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');

  test('the sitemap and the feed are well-formed XML', async () => {
    expect(xmlError(sitemap)).toBeNull();
    expect(xmlError(readFileSync(join(site.dir, 'feed.xml'), 'utf8'))).toBeNull();
    expect(xmlError('<urlset><url></urlset>')).not.toBeNull();
  });

  test('the sitemap lists every page by its canonical URL, and nothing else', () => {
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const indexable = pages.filter((p) => p.path !== '/404/' && meta(p, 'robots') !== 'noindex');
    expect(locs.sort()).toEqual(indexable.map((p) => `${origin}${p.path.slice(1)}`).sort());
    expect(indexable.length).toBeGreaterThan(10);
    expect(locs).not.toContain(`${origin}404/`);
    expect(sitemap).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
  });

  test('robots.txt points to the sitemap', () => {
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}sitemap.xml\n`);
  });

  test('the 404 page asks not to be indexed', () => {
    expect(meta(page('/404/'), 'robots')).toBe('noindex');
  });

  test('every page has a canonical URL, Open Graph and Twitter cards, and an image that exists', () => {
    for (const p of pages) {
      const canonical = p.html.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(canonical, p.path).toBe(`${origin}${p.path.slice(1)}`);
      expect(meta(p, 'og:url'), p.path).toBe(canonical);
      expect(meta(p, 'og:title'), p.path).toBeTruthy();
      expect(meta(p, 'og:description'), p.path).toBeTruthy();
      expect(meta(p, 'twitter:card'), p.path).toBe('summary_large_image');
      const image = meta(p, 'og:image')!;
      expect(image.startsWith(`${origin}og/`), p.path).toBe(true);
      expect(jpegSize(readFileSync(join(site.dir, image.slice(origin.length)))), image).toEqual([1200, 630]);
      expect(meta(p, 'twitter:image'), p.path).toBe(image);
    }
  });

  test('every chapter and every project has a card of its own', () => {
    for (const id of ids('articles')) {
      expect(meta(page(`/articles/${id}/`), 'og:image')).toBe(`${origin}og/articles/${id}.jpg`);
      expect(meta(page(`/articles/${id}/`), 'og:type')).toBe('article');
    }
    for (const id of ids('projects'))
      expect(meta(page(`/projects/${id}/`), 'og:image')).toBe(`${origin}og/projects/${id}.jpg`);
    expect(meta(page('/places/'), 'og:image')).toBe(`${origin}og/report.jpg`);
  });

  test('every JSON-LD block parses and every node has its required properties', () => {
    for (const p of pages) {
      const nodes = graphOf(p);
      expect(nodes.length, p.path).toBeGreaterThan(0);
      for (const node of nodes) expect(missingProperties(node), `${p.path} ${node['@type']}`).toEqual([]);
    }
  });

  test('chapters are Articles, places are Places, the timeline has its Events and the data page is a Dataset', () => {
    const types = (path: string) => graphOf(page(path)).map((n) => n['@type']);
    for (const id of ids('articles')) expect(types(`/articles/${id}/`), id).toContain('Article');
    for (const id of ids('places')) expect(types(`/places/${id}/`), id).toContain('Place');
    expect(types('/timeline/').filter((t) => t === 'Event')).toHaveLength(ids('events').length);
    expect(types('/data/')).toContain('Dataset');
    expect(types('/')).toEqual(['WebSite', 'Report']);
    expect(types('/projects/')).toContain('BreadcrumbList');
  });

  test('record pages point to their JSON', () => {
    for (const id of ids('projects')) {
      const link = page(`/projects/${id}/`).html.querySelector('link[rel="alternate"][type="application/json"]');
      expect(link?.getAttribute('href'), id).toBe(`${origin}projects/${id}.json`);
    }
  });

  test('"Cite this page" gives CSL-JSON a citation manager can read', () => {
    const chapter = `/articles/${ids('articles')[0]}/`;
    for (const path of ['/', chapter, '/data/', `/places/${ids('places')[0]}/`]) {
      // node-html-parser keeps <pre> as raw text: its <code> tags come through as text.
      const pre = page(path).html.querySelectorAll('.cite-page pre').at(-1)!;
      const [item] = JSON.parse(pre.text.replace(/<\/?code>/g, ''));
      expect(item.URL, path).toBe(`${origin}${path.slice(1)}`);
      expect(item.type, path).toBe({ '/': 'report', [chapter]: 'chapter', '/data/': 'dataset' }[path] ?? 'webpage');
    }
  });
});
