import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import CommitmentItem from '../../src/components/records/CommitmentItem.astro';
import EventItem from '../../src/components/records/EventItem.astro';
import PlaceDetails from '../../src/components/records/PlaceDetails.astro';
import ProjectDetails from '../../src/components/records/ProjectDetails.astro';
import SourceList from '../../src/components/common/SourceList.astro';
import { loadReportFrom } from '../support/report.ts';

const report = loadReportFrom('tests/fixtures/content');
const placeNames = Object.fromEntries(report.places.map((p) => [p.id, p.data.name]));
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  parse(await container.renderToString(component, { props }));

describe('record components', () => {
  test('an event has its anchor, date, category, place links and sources', async () => {
    const html = await render(EventItem, { event: report.events[0], placeNames });
    const article = html.querySelector('article#test-event')!;
    expect(article.getAttribute('data-category')).toBe('reconstruction');
    expect(article.querySelector('time')!.getAttribute('datetime')).toBe('2021-06-15');
    expect(article.querySelector('time')!.text).toBe('15 June 2021');
    expect(article.querySelector('h3 a')!.getAttribute('href')).toBe('/timeline/#test-event');
    expect(article.querySelector('.event-places a')!.getAttribute('href')).toBe('/places/testville/');
    expect(article.querySelector('.event-places a')!.text).toBe('Testville');
    const source = article.querySelector('.event-sources a')!;
    expect(source.getAttribute('href')).toBe('https://example.org/fixture/event');
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('a project shows its status with its date, milestones, figures and every source', async () => {
    const project = report.projects.find((p) => p.id === 'test-road')!;
    const html = await render(ProjectDetails, {
      project,
      placeNames,
      events: report.events,
      commitments: report.commitments,
      articles: report.articles,
    });
    expect(html.querySelector('h1')!.text).toBe('Test Road');
    expect(html.querySelector('.status-line')!.text).toBe('Operational as of 10 January 2022');
    expect(html.querySelectorAll('.milestones > li')).toHaveLength(2);
    const row = html.querySelector('table tbody tr')!;
    expect(row.querySelectorAll('th, td').map((c) => c.text)).toEqual([
      'length',
      '12.5',
      'km',
      '10 January 2022',
      'Example Fixture Publisher',
    ]);
    const sources = html.querySelectorAll('.sources li a').map((a) => a.getAttribute('href'));
    expect(sources).toHaveLength(5);
    expect(sources.every((href) => href!.startsWith('https://example.org/fixture/'))).toBe(true);
    expect(html.querySelector('a[href="/commitments/#test-promise"]')!.text).toBe('A fixture promise');
  });

  test('a place lists every name with its kind, its control history and population', async () => {
    const place = report.places.find((p) => p.id === 'testville')!;
    const html = await render(PlaceDetails, { place, projects: report.projects, events: report.events });
    expect(html.querySelectorAll('.names dt').map((d) => d.text)).toEqual([
      'Testvil',
      'Тествиль',
      'Testvill',
      'Testakert',
    ]);
    expect(html.querySelectorAll('.names dd').map((d) => d.text)).toEqual([
      'Other spelling',
      'Russian',
      'Misspelling found in sources (Found in a fixture)',
      'Armenian',
    ]);
    expect(html.querySelector('.names dt[lang="ru"]')!.text).toBe('Тествиль');
    expect(html.querySelector('.control li')!.text).toContain('November 2020: A fixture change of control.');
    expect(html.querySelector('table tbody tr')!.text).toContain('1,200');
  });

  test('a commitment shows its outcome, deadline and evidence', async () => {
    const names = { 'projects/test-road': 'Test Road', 'places/testville': 'Testville' };
    const html = await render(CommitmentItem, { commitment: report.commitments[0], names });
    expect(html.querySelector('.outcome')!.text).toBe('Met late as of 10 January 2022');
    expect(html.querySelector('.facts')!.text).toContain('2021 (“by the end of 2021”)');
    expect(html.querySelectorAll('.evidence li')).toHaveLength(1);
    expect(html.querySelectorAll('a').map((a) => a.text)).toEqual(expect.arrayContaining(['Test Road', 'Testville']));
  });

  test('data is text, never markup', async () => {
    const source = {
      url: 'https://example.org/x',
      publisher: '<img src=x onerror=alert(1)>',
      note: '<script>alert(1)</script>',
    };
    const html = await container.renderToString(SourceList, { props: { sources: [source], heading: 'Sources' } });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
