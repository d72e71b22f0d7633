import { parse as parseCsv } from 'csv-parse/sync';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { SyntaxValidator } from 'fast-xml-validator';
import { CHART_IDS } from '../../src/lib/charts/ids.ts';
import { readPages, recordIds, type Page } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

// Behaviour on the fixture content (its series are synthetic and cover every chart), built under /report/.
const site = SITES.fixture;
const pages = readPages(site.dir);
const page = (path: string) => pages.find((p) => p.path === path)!;
const ids = (collection: string) => recordIds(collection, site.content);
const figures = (html: HTMLElement) => html.querySelectorAll('figure[data-chart]');

interface Point {
  value: number | null;
  date?: string;
  parts?: Record<string, number>;
  source: { url: string };
}
const seriesFile = (id: string) =>
  JSON.parse(readFileSync(`${site.content}/series/${id}.json`, 'utf8')) as { points: Point[]; alternatives?: Point[] };

/** Rows of a chart's table: [value, source URL] for every numeric cell. */
function tableValues(figure: HTMLElement): Array<{ value: number; source: string | undefined }> {
  return figure.querySelectorAll('table.chart-table tbody tr').flatMap((tr) =>
    tr.querySelectorAll('td[data-value]').map((td) => ({
      value: Number(td.getAttribute('data-value')),
      source: tr.querySelector('a[href^="http"]')?.getAttribute('href'),
    })),
  );
}

describe('the charts in the built site', () => {
  const gallery = page('/charts/').html;

  test('the gallery shows every chart, and each has its own page with one h1', () => {
    expect(figures(gallery).map((f) => f.getAttribute('data-chart'))).toEqual([...CHART_IDS]);
    for (const id of CHART_IDS) {
      const own = page(`/charts/${id}/`);
      expect(own, id).toBeDefined();
      expect(own.html.querySelectorAll('h1'), id).toHaveLength(1);
      expect(own.html.querySelector('h1')!.text).toBe(gallery.querySelector(`#chart-${id} h2`)!.text);
    }
  });

  test.each(CHART_IDS)('%s: each drawing has a title and a desc that states the finding', (id) => {
    const figure = gallery.querySelector(`#chart-${id}`)!;
    const svgs = figure.querySelectorAll('svg[role="img"]');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      const [title, desc] = svg
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((ref) => svg.querySelector(`[id="${ref}"]`));
      expect(title!.tagName).toBe('TITLE');
      expect(title!.text.length).toBeGreaterThan(10);
      expect(desc!.tagName).toBe('DESC');
      expect(desc!.text).toBe(figure.querySelector('.chart-finding')!.text);
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
      expect(svg.toString(), 'no baked colour').not.toMatch(/(fill|stroke)="#/);
    }
  });

  test('ids inside the drawings are unique on every page', () => {
    for (const p of pages) {
      const ids = p.html.querySelectorAll('[id]').map((el) => el.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        p.path,
      ).toEqual([]);
    }
  });

  test.each(CHART_IDS)('%s: the table’s numbers are the series’ numbers, with their sources', (id) => {
    const figure = gallery.querySelector(`#chart-${id}`)!;
    const seriesIds = figure
      .querySelectorAll('.chart-links a[href*="/data/#"]')
      .map((a) => a.getAttribute('href')!.split('#')[1]!);
    if (seriesIds.length === 0) return; // counts of records, checked below
    const points = seriesIds.flatMap((s) => [...seriesFile(s).points, ...(seriesFile(s).alternatives ?? [])]);
    const rows = tableValues(figure);
    for (const row of rows) {
      const found = points.some(
        (p) =>
          p.source.url === row.source && (p.value === row.value || Object.values(p.parts ?? {}).includes(row.value)),
      );
      expect(found, `${id}: ${row.value} from ${row.source}`).toBe(true);
    }
    for (const s of seriesIds) {
      for (const p of seriesFile(s).points.filter((p) => p.value !== null && p.date)) {
        expect(
          rows.some((r) => r.value === p.value && r.source === p.source.url),
          `${id}: ${s} ${p.date} ${p.value} is in the table`,
        ).toBe(true);
      }
    }
  });

  test('the counts of projects and events add up to the records', () => {
    const total = (id: string) =>
      gallery
        .querySelectorAll(`#chart-${id} tbody tr`)
        .reduce((n, tr) => n + Number(tr.querySelectorAll('td[data-value]').at(-1)!.getAttribute('data-value')), 0);
    expect(total('projects-by-sector')).toBe(ids('projects').length);
    const undated =
      gallery.querySelector('#chart-events-per-quarter .chart-notes')?.text.match(/\(\d{4}\)/g)?.length ?? 0;
    expect(total('events-per-quarter') + undated).toBe(ids('events').length);
  });

  test.each(CHART_IDS)('%s: its CSV holds the same rows and numbers as its table', (id) => {
    const text = readFileSync(join(site.dir, 'charts', `${id}.csv`), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    const table = gallery.querySelector(`#chart-${id} table.chart-table`)!;
    const headers = table.querySelectorAll('thead th').map((th) => th.text);
    const bodyRows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(bodyRows.length);
    bodyRows.forEach((tr, i) => {
      tr.querySelectorAll('th, td').forEach((cell, j) => {
        const csv = rows[i]![headers[j]!]!;
        const value = cell.getAttribute('data-value');
        if (value !== undefined) expect(Number(csv), `${id} row ${i} ${headers[j]}`).toBe(Number(value));
        else if (!cell.classList.contains('num'))
          expect([cell.text, `'${cell.text}`], `${id} row ${i} ${headers[j]}`).toContain(csv);
      });
    });
  });
});

describe('charts to take away', () => {
  const origin = 'https://karabakh-reconstruction.example/report/';

  test.each(CHART_IDS)('%s: an SVG and a PNG of the drawing, titled and credited, linked from the figure', (id) => {
    const svg = readFileSync(join(site.dir, 'charts', `${id}.svg`), 'utf8');
    expect(() => SyntaxValidator.validate(svg)).not.toThrow();
    expect(svg, 'colours written in').not.toMatch(/class="|var\(/);
    expect(svg).toContain(`<title>${page(`/charts/${id}/`).html.querySelector('h1')!.text}</title>`);
    expect(svg.replace(/<\/text>\s*<text[^>]*>/g, ' ')).toContain(`${origin}charts/${id}/. Data as of`);
    const png = readFileSync(join(site.dir, 'charts', `${id}.png`));
    const [width, height] = (/ width="(\d+)" height="(\d+)"/.exec(svg) ?? []).slice(1).map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width! * 2, height! * 2]);
    const links = page('/charts/').html.querySelectorAll(`#chart-${id} .chart-links a[download]`);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      `/report/charts/${id}.csv`,
      `/report/charts/${id}.svg`,
      `/report/charts/${id}.png`,
    ]);
  });
});

describe('chart code on pages', () => {
  const loader = (p: Page) =>
    p.html.querySelectorAll('script[src]').filter((s) => /ChartFigure/.test(s.getAttribute('src')!));

  test('pages without a chart load no chart code; pages with one load only the small loader', () => {
    for (const p of pages) {
      const html = p.html.toString();
      expect(html, p.path).not.toMatch(/enhance\.[\w-]+\.js/);
      expect(loader(p).length, p.path).toBe(figures(p.html).length > 0 ? 1 : 0);
    }
    expect(loader(page('/timeline/'))).toHaveLength(0);
  });

  test('the Chart.js bundle and the loader stay small', () => {
    const dir = join(site.dir, '_astro');
    const size = (pattern: RegExp) =>
      readdirSync(dir)
        .filter((f) => pattern.test(f))
        .map((f) => statSync(join(dir, f)).size);
    const [bundle] = size(/^enhance\..+\.js$/);
    const [loaderBytes] = size(/^ChartFigure.+\.js$/);
    console.log(`chart bundle: ${bundle} bytes; loader: ${loaderBytes} bytes`);
    expect(bundle).toBeGreaterThan(50_000);
    expect(bundle).toBeLessThan(200_000);
    expect(loaderBytes).toBeLessThan(4_000);
  });
});

describe('charts and the map where readers meet them', () => {
  test('the home page has the map and three charts', () => {
    const home = page('/').html;
    expect(home.querySelector('svg.map-svg')).not.toBeNull();
    expect(figures(home).map((f) => f.getAttribute('data-chart'))).toEqual([
      'budget-by-year',
      'transport-promises',
      'demining-area',
    ]);
    const bytes = home.querySelector('svg.map-svg')!.toString().length;
    console.log(`map SVG: ${bytes} bytes`);
    expect(bytes).toBeLessThan(20_000);
  });

  test.each(ids('places'))('the page of %s shows the map with that place highlighted', (id) => {
    const map = page(`/places/${id}/`).html.querySelector('svg.map-svg')!;
    expect(map.querySelectorAll('a.is-current').map((a) => a.getAttribute('href'))).toEqual([`/report/places/${id}/`]);
    expect(map.querySelectorAll('a.map-point')).toHaveLength(ids('places').length);
  });

  test('every chapter shows the charts its text names', () => {
    for (const id of ids('articles')) {
      const mdx = readFileSync(`${site.content}/articles/${id}.mdx`, 'utf8');
      const named = [...mdx.matchAll(/<Chart id="([^"]+)" \/>/g)].map((m) => m[1]);
      expect(
        figures(page(`/articles/${id}/`).html).map((f) => f.getAttribute('data-chart')),
        id,
      ).toEqual(named);
    }
    expect(figures(page('/articles/test-chapter/').html)).toHaveLength(1);
  });

  test('under /report/, chart, CSV and map links carry the base path', () => {
    const sub = page('/charts/budget-by-year/').html;
    expect(sub.querySelector('.chart-links a[download]')!.getAttribute('href')).toBe(
      '/report/charts/budget-by-year.csv',
    );
    const map = page('/places/testville/').html;
    expect(map.querySelector('a.is-current')!.getAttribute('href')).toBe('/report/places/testville/');
    expect(
      page('/charts/')
        .html.querySelectorAll('script[src]')
        .every((s) => s.getAttribute('src')!.startsWith('/report/')),
    ).toBe(true);
  });
});
