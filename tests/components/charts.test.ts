import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import ChartFigure from '../../src/components/charts/ChartFigure.astro';
import RegionMap from '../../src/components/map/RegionMap.astro';
import { chartById } from '../../src/lib/charts/catalog.ts';
import { mapPlaces } from '../../src/lib/map/places.ts';
import { loadReportFrom } from '../support/report.ts';

const report = loadReportFrom('src/content');
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  parse(await container.renderToString(component, { props }));

describe('a chart figure', () => {
  const chart = chartById(report, 'budget-by-year');

  test('shows its title as a heading, its finding, and both drawings with a title and a desc', async () => {
    const html = await render(ChartFigure, { chart, level: 3 });
    const figure = html.querySelector('figure#chart-budget-by-year')!;
    expect(figure.getAttribute('data-chart')).toBe('budget-by-year');
    expect(figure.querySelector('figcaption h3')!.text).toBe(chart.title);
    expect(figure.querySelector('.chart-finding')!.text).toBe(chart.finding);
    const svgs = figure.querySelectorAll('svg[role="img"]');
    expect(svgs.map((s) => s.classList.value)).toEqual([
      ['chart-svg', 'chart-svg-wide'],
      ['chart-svg', 'chart-svg-narrow'],
    ]);
    for (const svg of svgs) {
      const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(svg.querySelector(`title[id="${titleId}"]`)!.text).toBe(chart.title);
      expect(svg.querySelector(`desc[id="${descId}"]`)!.text).toBe(chart.finding);
    }
  });

  test('says it shows official figures, as of when, and links every source', async () => {
    const html = await render(ChartFigure, { chart });
    const basis = html.querySelector('.chart-basis')!;
    expect(basis.querySelector('strong.official')!.text).toBe('Official Azerbaijani figures.');
    expect(basis.querySelector('time')!.getAttribute('datetime')).toBe(chart.asOf);
    const sources = html.querySelectorAll('.chart-sources a[href^="http"]');
    expect(sources).toHaveLength(chart.sources.length);
    for (const a of sources) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('puts the numbers in a table inside a disclosure, each with its raw value', async () => {
    const html = await render(ChartFigure, { chart });
    const details = html.querySelector('details.chart-data')!;
    expect(details.querySelector('summary')!.text).toBe(
      `The numbers behind the chart (${chart.table.rows.length} rows)`,
    );
    const values = details.querySelectorAll('tbody td[data-value]').map((td) => Number(td.getAttribute('data-value')));
    expect(values).toEqual(chart.table.rows.map((r) => r[2]!.value));
    expect(details.querySelectorAll('tbody th[scope="row"]')).toHaveLength(chart.table.rows.length);
  });

  test('links its CSV, its SVG and PNG, its permalink and its series; not its permalink on its own page', async () => {
    const links = (await render(ChartFigure, { chart })).querySelectorAll('.chart-links a');
    expect(links.slice(0, 4).map((a) => a.getAttribute('href'))).toEqual([
      '/charts/budget-by-year.csv',
      '/charts/budget-by-year.svg',
      '/charts/budget-by-year.png',
      '/charts/budget-by-year/',
    ]);
    expect(links.slice(0, 3).map((a) => a.getAttribute('download'))).toEqual([
      'budget-by-year.csv',
      'budget-by-year.svg',
      'budget-by-year.png',
    ]);
    expect(links.slice(4).map((a) => a.getAttribute('href'))).toEqual(chart.series.map((s) => `/data/#${s.id}`));
    const own = await render(ChartFigure, { chart, level: 1, permalink: false });
    expect(own.querySelector('h1.chart-title')).not.toBeNull();
    expect(own.querySelectorAll('.chart-links a').map((a) => a.getAttribute('href'))).not.toContain(
      '/charts/budget-by-year/',
    );
  });

  test('hands the browser the configuration it was drawn from', async () => {
    const html = await render(ChartFigure, { chart });
    const payload = JSON.parse(html.querySelector('script.chart-config')!.text);
    expect(payload.config).toEqual(chart.config);
    expect(payload.unit).toBe('billion AZN');
  });
});

describe('the region map', () => {
  const places = mapPlaces(report);

  test('links every place, highlights the one asked for and lists them all beside the map', async () => {
    const html = await render(RegionMap, { places, highlight: 'lachin' });
    const svg = html.querySelector('svg.map-svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    for (const a of svg.querySelectorAll('a'))
      expect([a.getAttribute('tabindex'), a.getAttribute('aria-hidden')]).toEqual(['-1', 'true']);
    expect(svg.querySelector('title')!.text).toBe('Map: Lachin in the region');
    expect(svg.querySelectorAll('a.map-point')).toHaveLength(places.length);
    expect(svg.querySelectorAll('a.is-current').map((a) => a.getAttribute('href'))).toEqual(['/places/lachin/']);
    const list = html.querySelectorAll('.map-list a');
    expect(list).toHaveLength(places.length);
    expect(html.querySelector('.map-list a[aria-current="page"]')!.text).toBe('Lachin');
    expect(html.querySelector('h2')!.text).toBe('Lachin on the map');
  });

  test('draws nothing when there is no place', async () => {
    const html = await render(RegionMap, { places: [] });
    expect(html.querySelector('svg')).toBeNull();
  });
});
