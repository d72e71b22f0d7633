import { describe, expect, test } from 'vitest';
import {
  assembleReport,
  distinctSources,
  eventsForProject,
  eventsInPlace,
  latestMilestones,
  projectsInPlace,
  sourceIndex,
} from '../../src/lib/report.ts';
import { loadReportFrom } from '../support/report.ts';

const fixture = loadReportFrom('tests/fixtures/content');
const real = loadReportFrom('src/content');

describe('joins on the fixture report', () => {
  test('a place lists its projects and events', () => {
    expect(projectsInPlace(fixture, 'testville').map((p) => p.id)).toEqual(['test-road']);
    expect(eventsInPlace(fixture, 'testville').map((e) => e.id)).toEqual(['test-event']);
    expect(eventsInPlace(fixture, 'sampleton').map((e) => e.id)).toEqual(['test-event-later']);
  });

  test('a project relates the events in its places after its first milestone', () => {
    const road = fixture.projects.find((p) => p.id === 'test-road')!.data;
    expect(eventsForProject(fixture, road).map((e) => e.id)).toEqual(['test-event', 'test-event-later']);
    expect(eventsForProject(fixture, { ...road, milestones: [{ ...road.milestones[0]!, date: '2023' }] })).toEqual([]);
  });

  test('the source index lists each URL once, with every record citing it', () => {
    const index = sourceIndex(fixture);
    const urls = index.map((s) => s.source.url);
    expect(new Set(urls).size).toBe(urls.length);
    const article = index.find((s) => s.source.url === 'https://example.org/fixture/article-one')!;
    expect(article.citedBy).toEqual([{ collection: 'articles', id: 'test-chapter', title: 'A fixture chapter' }]);
    const shared = index.find((s) => s.source.url === 'https://example.org/fixture/control')!;
    expect(shared.citedBy).toEqual([
      { collection: 'places', id: 'sampleton', title: 'Sampleton' },
      { collection: 'places', id: 'testville', title: 'Testville' },
    ]);
    expect(distinctSources(fixture.projects.find((p) => p.id === 'test-road')!.data)).toHaveLength(5);
  });
});

describe('the report assembly', () => {
  test('lists each collection in one order, whatever order the records come in, drafts left out', () => {
    const a = { ...fixture.places[0]!, id: 'b-place', data: { ...fixture.places[0]!.data, name: 'Same' } };
    const b = { ...a, id: 'a-place' };
    const draft = { ...fixture.articles[0]!, id: 'draft', data: { ...fixture.articles[0]!.data, draft: true } };
    const reversed = Object.fromEntries(
      Object.entries(fixture).map(([k, v]) => [k, [...v].reverse()]),
    ) as unknown as typeof fixture;
    const assembled = assembleReport({ ...reversed, places: [a, b], articles: [...reversed.articles, draft] });
    expect(
      assembled.places.map((p) => p.id),
      'same name: by id',
    ).toEqual(['a-place', 'b-place']);
    expect(assembled.articles.map((x) => x.id)).toEqual(fixture.articles.map((x) => x.id));
    for (const key of ['events', 'projects', 'commitments', 'series', 'corrections'] as const) {
      expect(
        assembled[key].map((x) => x.id),
        key,
      ).toEqual(fixture[key].map((x) => x.id));
    }
  });
});

describe('joins on the real report', () => {
  test('Fuzuli has its airport, and its events in date order', () => {
    expect(projectsInPlace(real, 'fuzuli').map((p) => p.id)).toContain('fuzuli-international-airport');
    const dates = eventsInPlace(real, 'fuzuli').map((e) => e.data.date);
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort()).toEqual(dates);
  });

  test('the latest milestones are newest first', () => {
    const latest = latestMilestones(real, 10).map((m) => m.milestone.date);
    expect(latest).toHaveLength(10);
    expect([...latest].sort().reverse()).toEqual(latest);
  });

  test('every project and event has at least one distinct source', () => {
    for (const p of real.projects) expect(distinctSources(p.data).length, p.id).toBeGreaterThan(0);
    for (const e of real.events) expect(e.data.sources.length, e.id).toBeGreaterThan(0);
  });

  test('the source index covers hundreds of sources, ordered by publisher, then URL', () => {
    const index = sourceIndex(real);
    expect(index.length).toBeGreaterThan(300);
    const keys = index.map((s) => [s.source.publisher, s.source.url] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0], 'en') || a[1].localeCompare(b[1]));
    expect(keys).toEqual(sorted);
  });
});
