import { describe, expect, test } from 'vitest';
import { hostOf, isHttpUrl, normaliseBase, withBase } from '../../src/lib/urls.ts';
import { foldName } from '../../src/lib/names.ts';
import { recordPath, routes } from '../../src/lib/routes.ts';

describe('urls', () => {
  test('only absolute http and https URLs count as sources', () => {
    expect(isHttpUrl('https://en.trend.az/business/3362801.html')).toBe(true);
    expect(isHttpUrl('http://abc.az/en/news/82547')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
      '//trend.az/x',
      'https://',
      'https://localhost/x',
      'ftp://x.org',
    ]) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });

  test('hosts read short', () => {
    expect(hostOf('https://www.azernews.az/nation/184870.html')).toBe('azernews.az');
  });

  test('internal links carry the base path', () => {
    expect(withBase('/', '/places/')).toBe('/places/');
    expect(withBase('/report/', '/places/shusha/')).toBe('/report/places/shusha/');
    expect(withBase('/report', 'timeline/#war-begins')).toBe('/report/timeline/#war-begins');
    expect([undefined, '', '/', 'report', '/report', 'report/', '/a/b/'].map(normaliseBase)).toEqual([
      '/',
      '/',
      '/',
      '/report/',
      '/report/',
      '/report/',
      '/a/b/',
    ]);
  });

  test('every record has a path', () => {
    expect(recordPath('places', 'shusha')).toBe(routes.place('shusha'));
    expect(recordPath('events', 'war-begins')).toBe('/timeline/#war-begins');
    expect(recordPath('commitments', 'x')).toBe('/commitments/#x');
  });
});

describe('place names', () => {
  test('fold Azerbaijani letters, diacritics, case and apostrophes', () => {
    expect(foldName('Cəbrayıl')).toBe(foldName('Cebrayil'));
    expect(foldName('Şuşa')).toBe('susa');
    expect(foldName('Füzuli')).toBe('fuzuli');
    expect(foldName("Ghubat'ly")).toBe('ghubatly');
    expect(foldName('  Xankəndi ')).toBe('xankendi');
  });
});
