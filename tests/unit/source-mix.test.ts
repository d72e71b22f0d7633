import { describe, expect, test } from 'vitest';
import { mixSummary, publisherIndex, sourceMix, locateSources } from '../../src/lib/source-mix.ts';
import { firstPublished, mixOf, publisherOf, sourcesByKind, sourcesCheckedTo } from '../../src/lib/report.ts';
import type { Publisher } from '../../src/schemas/types.ts';
import { loadReportFrom } from '../support/report.ts';

const publisher = (name: string, kind: Publisher['kind'], relays: string[] = []) => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  data: { name, kind, state: false, names: [name], relays } satisfies Publisher,
});
const index = publisherIndex([
  publisher('Agency A', 'state-aligned-media', ['Aggregator / Agency A']),
  publisher('Ministry B', 'state-body'),
  publisher('Wire C', 'international-media'),
]);
const source = (url: string, publisher: string) => ({ url, publisher });

describe('the source mix', () => {
  test('counts each URL once, by the kind of its publisher, relays as their author', () => {
    const mix = sourceMix(
      [
        source('https://a/1', 'Agency A'),
        source('https://a/1', 'Agency A'),
        source('https://a/2', 'Aggregator / Agency A'),
        source('https://b/1', 'Ministry B'),
        source('https://c/1', 'Wire C'),
      ],
      index,
    );
    expect(mix.total).toBe(4);
    expect(mix.kinds).toEqual([
      { kind: 'state-body', count: 1, share: 0.25 },
      { kind: 'state-aligned-media', count: 2, share: 0.5 },
      { kind: 'international-media', count: 1, share: 0.25 },
    ]);
    expect(mix.stateShare).toBe(0.75);
    expect(mixSummary(mix)).toBe('State-aligned media 50%, State bodies 25%, International media 25%');
  });

  test('counts a party’s state-owned media with its state bodies, and another country’s public media apart', () => {
    const parties = publisherIndex([
      {
        id: 'armenpress',
        data: {
          name: 'Armenpress',
          kind: 'armenian-media',
          state: true,
          country: 'AM',
          names: ['Armenpress'],
          relays: [],
        },
      },
      {
        id: 'efe',
        data: { name: 'EFE', kind: 'international-media', state: true, country: 'ES', names: ['EFE'], relays: [] },
      },
    ]);
    const mix = sourceMix([source('https://am/1', 'Armenpress'), source('https://es/1', 'EFE')], parties);
    expect(mix.stateShare).toBe(0.5);
  });

  test('names the publishers no entry knows, and counts nothing for no sources', () => {
    expect(sourceMix([source('https://x/1', 'Nobody')], index).unknown).toEqual(['Nobody']);
    expect(sourceMix([], index)).toEqual({ total: 0, kinds: [], stateShare: 0, unknown: [] });
  });

  test('finds every source inside a record, with the path of each', () => {
    const data = {
      sources: [source('https://a/1', 'Agency A')],
      milestones: [{ sources: [source('https://b', 'X')] }],
    };
    expect(locateSources(data).map((s) => s.path)).toEqual([
      ['sources', 0],
      ['milestones', 0, 'sources', 0],
    ]);
  });
});

describe('on the fixture report', () => {
  const report = loadReportFrom('tests/fixtures/content');

  test('every source resolves to a publisher, relays included', () => {
    expect(publisherOf(report, source('https://q', 'Quote Fixture Publisher (via a mirror)'))).toMatchObject({
      id: 'quote-fixture-publisher',
      relay: true,
    });
    const chapter = report.articles[0]!;
    expect(mixOf(report, Object.values(chapter.data.sources)).unknown).toEqual([]);
  });

  test('groups the cited sources by kind, in the kinds’ order, counting each publisher’s', () => {
    const groups = sourcesByKind(report);
    expect(groups.map((g) => g.kind)).toEqual(['state-aligned-media', 'international-media', 'research-or-ngo']);
    const total = groups.reduce((n, g) => n + g.sources.length, 0);
    expect(groups.reduce((n, g) => n + g.share, 0)).toBeCloseTo(1);
    for (const g of groups)
      expect(
        g.publishers.reduce((n, p) => n + p.count, 0),
        g.kind,
      ).toBe(g.sources.length);
    expect(total).toBeGreaterThan(3);
  });

  test('the report was first published with its earliest chapter', () => {
    expect(firstPublished(report)).toBe('2026-01-15');
  });

  test('the sources are checked to the newest publication day any source gives; a year or a month alone does not count', () => {
    expect(sourcesCheckedTo(report)).toBe('2022-01-10');
    // A report is read, never changed, once built (the date is worked out once per report): each case its own copy.
    const withSources = (...published: string[]) => {
      const copy = structuredClone(report);
      copy.events[0]!.data.sources.push(
        ...published.map((date, i) => ({
          url: `https://example.org/${i}`,
          publisher: 'Example Fixture Publisher',
          published: date,
        })),
      );
      return copy;
    };
    expect(sourcesCheckedTo(withSources('2030', '2030-02'))).toBe('2022-01-10');
    expect(sourcesCheckedTo(withSources('2030', '2030-02', '2022-01-11'))).toBe('2022-01-11');
  });
});
