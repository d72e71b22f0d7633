import { describe, expect, test } from 'vitest';
import { headTags } from '../../src/lib/seo/head.ts';
import { missingProperties, type JsonLd } from '../../src/lib/seo/jsonld.ts';
import {
  chapterSeo,
  dataSeo,
  homeSeo,
  noindexSeo,
  placeSeo,
  projectSeo,
  timelineSeo,
} from '../../src/lib/seo/pages.ts';
import { robotsTxt } from '../../src/lib/seo/robots.ts';
import { absoluteUrls } from '../../src/lib/seo/site.ts';
import { loadReportFrom } from '../support/report.ts';

const abs = absoluteUrls('https://example.org', '/report/');
const report = loadReportFrom('src/content');
const placeNames = Object.fromEntries(report.places.map((p) => [p.id, p.data.name]));
const page = (path: string, extra = {}) => ({ title: 'A page', description: 'What it is.', url: abs(path), ...extra });

const metaOf = (tags: ReturnType<typeof headTags>) =>
  Object.fromEntries(tags.meta.map((m) => [m.property ?? m.name, m.content]));
const graph = (tags: ReturnType<typeof headTags>): JsonLd[] => JSON.parse(tags.jsonLd)['@graph'];

describe('head tags', () => {
  test('give every page Open Graph and Twitter cards with the report card by default', () => {
    const tags = headTags(page('/sources/', { crumbs: [] }), {}, abs);
    expect(metaOf(tags)).toMatchObject({
      'og:type': 'website',
      'og:title': 'A page',
      'og:description': 'What it is.',
      'og:url': 'https://example.org/report/sources/',
      'og:image': 'https://example.org/report/og/report.jpg',
      'og:image:width': '1200',
      'og:image:height': '630',
      'twitter:card': 'summary_large_image',
      'twitter:image': 'https://example.org/report/og/report.jpg',
    });
    expect(metaOf(tags)).not.toHaveProperty('robots');
    expect(tags.links).toEqual([
      {
        rel: 'alternate',
        type: 'application/atom+xml',
        title: 'Karabakh Reconstruction Report: updates',
        href: 'https://example.org/report/feed.xml',
      },
    ]);
    expect(graph(tags).map((n) => n['@type'])).toEqual(['WebPage', 'BreadcrumbList']);
  });

  test('give a chapter its card, article dates, Scholar tags, JSON link and Article', () => {
    const article = report.articles.find((a) => a.id === 'transport')!;
    const tags = headTags(page('/articles/transport/', { updated: '2026-11-28' }), chapterSeo(article), abs);
    expect(metaOf(tags)).toMatchObject({
      'og:type': 'article',
      'og:image': 'https://example.org/report/og/articles/transport.jpg',
      'article:published_time': article.data.published,
      'article:modified_time': '2026-11-28',
      'dcterms.modified': '2026-11-28',
      citation_publication_date: article.data.published.replaceAll('-', '/'),
    });
    expect(tags.links[1]).toMatchObject({
      type: 'application/json',
      href: 'https://example.org/report/articles/transport.json',
    });
    const [node] = graph(tags);
    expect(node).toMatchObject({ '@type': 'Article', headline: article.data.title, dateModified: '2026-11-28' });
    expect(missingProperties(node!)).toEqual([]);
  });

  test('keep the 404 page out of search engines', () => {
    expect(metaOf(headTags(page('/404/'), noindexSeo, abs)).robots).toBe('noindex');
  });

  test('escape JSON-LD so no text can end its script element', () => {
    const tags = headTags(page('/x/', { title: '</script><script>alert(1)</script>' }), {}, abs);
    expect(tags.jsonLd).not.toContain('</script');
    expect(JSON.parse(tags.jsonLd)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });

  test('name the sitemap in robots.txt', () => {
    expect(robotsTxt('https://example.org/report/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/report/sitemap.xml\n',
    );
  });
});

describe('JSON-LD of the real content', () => {
  const nodes = (seo: Parameters<typeof headTags>[1], path = '/x/') =>
    graph(headTags(page(path, { crumbs: [], updated: '2026-11-27' }), seo, abs));

  test('every chapter is a complete Article', () => {
    for (const a of report.articles) {
      const [node] = nodes(chapterSeo(a), `/articles/${a.id}/`);
      expect(missingProperties(node!), a.id).toEqual([]);
      expect((node!.citation as unknown[]).length, a.id).toBe(
        new Set(Object.values(a.data.sources).map((s) => s.url)).size,
      );
    }
  });

  test('every place is a Place with coordinates and its other names', () => {
    for (const p of report.places) {
      const [node] = nodes(placeSeo(p));
      expect(missingProperties(node!), p.id).toEqual([]);
      expect(node!.geo).toEqual({
        '@type': 'GeoCoordinates',
        latitude: p.data.coordinates.lat,
        longitude: p.data.coordinates.lon,
      });
      expect(node!.alternateName).toEqual([...new Set(p.data.altNames.map((n) => n.name))]);
    }
  });

  test('every timeline event is an Event, about the places it concerns', () => {
    const events = nodes(timelineSeo(report.events, placeNames)).filter((n) => n['@type'] === 'Event');
    expect(events).toHaveLength(report.events.length);
    for (const [i, node] of events.entries()) {
      expect(missingProperties(node), String(node.name)).toEqual([]);
      const places = report.events[i]!.data.places;
      expect((node.about as unknown[] | undefined)?.length ?? 0).toBe(places.length);
    }
    const diplomacy = events.find((n) => n.name === 'Russian peacekeepers complete withdrawal')!;
    expect(diplomacy).not.toHaveProperty('location');
  });

  test('the data page is a Dataset with its downloads, coverage and licence', () => {
    const [node] = nodes(
      dataSeo(report, {
        name: 'Open data',
        description: 'Every record of the report as JSON and CSV, with schemas and a changelog.',
        keywords: ['Karabakh'],
        downloads: [
          {
            name: 'places',
            title: 'Places',
            description: '',
            rows: 17,
            files: [{ path: '/data/places.csv', format: 'CSV', size: '1 kB' }],
          },
        ],
      }),
      '/data/',
    );
    expect(missingProperties(node!)).toEqual([]);
    expect(node).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '2020-09-27/..',
      distribution: [
        {
          '@type': 'DataDownload',
          encodingFormat: 'text/csv',
          contentUrl: 'https://example.org/report/data/places.csv',
        },
        { '@type': 'DataDownload', contentUrl: 'https://example.org/report/data/datapackage.json' },
      ],
    });
    const [south, west, north, east] = String((node!.spatialCoverage as { geo: { box: string } }).geo.box)
      .split(' ')
      .map(Number);
    expect(south! < north! && west! < east!).toBe(true);
  });

  test('the home page is the WebSite and the Report, listing every chapter', () => {
    const [site, reportNode] = nodes(homeSeo(report), '/');
    expect(missingProperties(site!)).toEqual([]);
    expect(missingProperties(reportNode!)).toEqual([]);
    expect((reportNode!.hasPart as unknown[]).length).toBe(report.articles.length);
  });

  test('a project page is about its places', () => {
    const project = report.projects.find((p) => p.id === 'fuzuli-international-airport')!;
    const [node] = nodes(projectSeo(project, placeNames));
    expect(node!.about).toEqual([
      { '@type': 'Place', name: 'Fuzuli', url: 'https://example.org/report/places/fuzuli/' },
    ]);
  });

  test('a node missing a required property is reported', () => {
    expect(missingProperties({ '@type': 'Event', name: 'x', startDate: '', url: 'u' })).toEqual([
      'startDate',
      'description',
    ]);
    expect(missingProperties({ '@type': 'Thing' })).toEqual([]);
  });
});
