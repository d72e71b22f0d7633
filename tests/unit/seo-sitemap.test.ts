import { describe, expect, test } from 'vitest';
import { readPageHead, sitemapXml } from '../../src/lib/seo/sitemap.ts';

describe('reading a built page for the sitemap', () => {
  test('finds the canonical URL and the last-change date', () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg">' +
      '<link rel="canonical" href="https://example.org/report/places/shusha/?a=1&amp;b=2">' +
      '<meta name="dcterms.modified" content="2026-11-27">' +
      '<link rel="alternate" hreflang="az" href="https://example.org/report/az/places/shusha/">' +
      '<link rel="alternate" type="application/atom+xml" href="/feed.xml"></head>' +
      '<body><link rel="canonical" href="/wrong/"></body></html>';
    expect(readPageHead(html)).toEqual({
      canonical: 'https://example.org/report/places/shusha/?a=1&b=2',
      noindex: false,
      modified: '2026-11-27',
      alternates: [{ hreflang: 'az', href: 'https://example.org/report/az/places/shusha/' }],
    });
  });

  test('sees noindex, in either attribute order and quoting', () => {
    expect(readPageHead(`<head><meta content="noindex" name="robots"></head>`).noindex).toBe(true);
    expect(readPageHead(`<head><meta name=robots content='noindex, follow'></head>`).noindex).toBe(true);
    expect(readPageHead(`<head><meta name="robots" content="index"></head>`).noindex).toBe(false);
    expect(readPageHead('<p>no head at all</p>')).toEqual({ noindex: false, alternates: [] });
    expect(readPageHead('<head></head><body><meta name="robots" content="noindex"></body>').noindex).toBe(false);
  });
});

test('the sitemap lists each URL once, sorted, escaped, with its last change and its editions', () => {
  const editions = [
    { hreflang: 'en', href: 'https://example.org/places/' },
    { hreflang: 'ru', href: 'https://example.org/ru/places/' },
  ];
  expect(
    sitemapXml([
      { loc: 'https://example.org/places/', lastmod: '2026-11-20' },
      { loc: 'https://example.org/?q=a&b' },
      { loc: 'https://example.org/places/', lastmod: '2026-11-27', alternates: editions },
    ]),
  ).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://example.org/?q=a&amp;b</loc>
  </url>
  <url>
    <loc>https://example.org/places/</loc>
    <lastmod>2026-11-27</lastmod>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/places/"/>
    <xhtml:link rel="alternate" hreflang="ru" href="https://example.org/ru/places/"/>
  </url>
</urlset>
`);
});
