/**
 * The charts' embed pages, on both builds: one per chart in every edition, each the chart alone (finding, drawing,
 * sources, as-of date, numbers, a link back to its page) without the site's chrome or any script; and the _headers
 * that let other sites frame them, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/static-server.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { localePath, routes } from '../../src/lib/routes.ts';
import { framingHeaders, securityHeaders } from '../../src/lib/security.ts';
import { readPages } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

describe.each(Object.values(SITES))('the embed pages of the $name build', (site) => {
  const all = new Map(readPages(site.dir, { embeds: true }).map((p) => [p.path, p.html]));
  const charts = [...all.keys()].filter((p) => /^\/charts\/[^/]+\/$/.test(p)).map((p) => p.split('/')[2]!);

  test.each(LOCALES.map((l) => [l]))('%s: every chart has one, the chart alone, linking back to its page', (lang) => {
    expect(charts.length).toBeGreaterThan(3);
    for (const id of charts) {
      const path = routes.embedChart(id, lang);
      const html = all.get(path)!;
      expect(html, path).toBeDefined();
      expect(html.querySelector('html')!.getAttribute('lang')).toBe(lang);
      expect(html.querySelectorAll('h1').length, path).toBe(1);
      expect(html.querySelector('.chart-finding')!.text.trim().length, path).toBeGreaterThan(20);
      expect(html.querySelectorAll('svg.chart-svg').length, path).toBe(2);
      expect(html.querySelector('.chart-basis time[datetime]'), path).not.toBeNull();
      expect(html.querySelector('.chart-data table'), path).not.toBeNull();
      expect(html.querySelectorAll('header, nav, footer, script').length, path).toBe(0);
      expect(html.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(html.querySelector('base')!.getAttribute('target')).toBe('_blank');
      const page = `${site.base}${localePath(lang, routes.chart(id)).slice(1)}`;
      expect(html.querySelector('link[rel="canonical"]')!.getAttribute('href')!.endsWith(page), path).toBe(true);
      expect(html.querySelector('.embed-credit a')!.getAttribute('href')!.endsWith(page), path).toBe(true);
    }
  });

  test('each chart page gives the <iframe> code of its embed page, in its edition', () => {
    for (const lang of LOCALES) {
      const html = all.get(localePath(lang, routes.chart(charts[0]!)))!;
      const code = html.querySelector('#chart-embed-code')!.text;
      const src = /^<iframe src="([^"]+)" title="[^"]+" width="100%" height="\d+"/.exec(code)![1]!;
      expect(src.endsWith(`${site.base}${routes.embedChart(charts[0]!, lang).slice(1)}`), src).toBe(true);
    }
  });

  test('_headers lets other sites frame the embed pages and refuses every other page', () => {
    const rules = parseHeadersFile(readFileSync(join(site.dir, '_headers'), 'utf8'));
    for (const path of all.keys()) {
      // The 404 page is served for unknown addresses; its own file is what the rules name.
      const url = `${site.base}${path === '/404/' ? '404.html' : path.slice(1)}`;
      const expected = path.startsWith('/embed/')
        ? securityHeaders(true)
        : { ...securityHeaders(true), ...framingHeaders() };
      expect(headersFor(rules, url), url).toEqual(expected);
    }
  });
});
