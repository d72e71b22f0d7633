import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { atomDate, atomFeed, feedEntries } from '../../src/lib/export/feed.ts';
import { absoluteUrls } from '../../src/lib/seo/site.ts';
import { loadReportFrom } from '../support/report.ts';

const abs = absoluteUrls('https://example.org', '/report/');
const report = loadReportFrom('src/content');
const info = {
  title: 'Karabakh Reconstruction Report',
  subtitle: 'Updates',
  self: abs('/feed.xml'),
  home: abs('/'),
  icon: abs('/favicon.svg'),
  rights: 'CC BY 4.0',
};

describe('the feed entries', () => {
  const entries = feedEntries(report, abs, 50);

  test('hold every chapter and the 50 newest events and milestones, newest first', () => {
    const chapters = entries.filter((e) => e.categories[0]!.term === 'chapter');
    expect(chapters).toHaveLength(report.articles.length);
    expect(entries).toHaveLength(report.articles.length + 50);
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  test('have unique permanent ids and links to their pages', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) expect(e.link).toMatch(/^https:\/\/example\.org\/report\/(articles|projects|timeline)\//);
    const milestone = entries.find((e) => e.categories[0]!.term === 'milestone')!;
    expect(milestone.id).toMatch(
      /^https:\/\/example\.org\/report\/projects\/[a-z0-9-]+\/#milestone-\d{4}(-\d\d){0,2}(-\d+)?$/,
    );
  });

  test('carry the sources of events and milestones as links', () => {
    const event = entries.find((e) => e.categories[0]!.term === 'event')!;
    expect(event.content).toMatch(/<p>Sources: <a href="https?:\/\/[^"]+">/);
  });

  test('carry status and outcome changes from the records’ histories, and nothing else of them', () => {
    const key = `projects/${report.projects[0]!.id}`;
    const change = (kind: 'status' | 'revised') => ({
      key,
      date: '2099-01-01',
      change: { kind, field: kind, from: 'under-construction', to: 'operational' },
    });
    const withChanges = feedEntries(report, abs, 50, undefined, [change('status'), change('revised')]);
    const moved = withChanges.filter((e) => e.categories[0]!.term === 'status');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.title).toBe(`${report.projects[0]!.data.name}: Status: Under construction → Operational`);
    expect(moved[0]!.id).toBe(abs(`/projects/${report.projects[0]!.id}/#status-2099-01-01`));
    expect(withChanges.some((e) => e.categories[0]!.term === 'revised')).toBe(false);
  });

  test('date partial dates at the first moment they can mean', () => {
    expect(atomDate('2021')).toBe('2021-01-01T00:00:00Z');
    expect(atomDate('2021-10')).toBe('2021-10-01T00:00:00Z');
    expect(atomDate('2021-10-26')).toBe('2021-10-26T00:00:00Z');
  });
});

describe('the Atom document', () => {
  test('parses with a real feed parser, entries and all', () => {
    const entries = feedEntries(report, abs, 10);
    const feed = parseFeed(atomFeed(info, entries));
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Karabakh Reconstruction Report');
    expect(feed.self).toBe('https://example.org/report/feed.xml');
    expect(feed.url).toBe('https://example.org/report/');
    expect(feed.items).toHaveLength(entries.length);
    expect(feed.items.map((i) => i.title)).toEqual(entries.map((e) => e.title));
    expect(feed.items.map((i) => i.url)).toEqual(entries.map((e) => e.link));
    expect(feed.updated?.toISOString()).toBe(new Date(entries[0]!.updated).toISOString());
  });

  test('escapes markup and drops characters XML forbids', () => {
    const entry = {
      id: 'https://example.org/report/timeline/#x',
      title: 'Roads & rails <fast> "now"\u0001',
      link: 'https://example.org/report/timeline/#x',
      published: '2021-01-01T00:00:00Z',
      updated: '2021-01-01T00:00:00Z',
      summary: 'A < B',
      content: '<p>A &amp; B</p>',
      categories: [{ term: 'event', label: 'Timeline event' }],
    };
    const xml = atomFeed(info, [entry]);
    expect(xml).toContain('<title>Roads &amp; rails &lt;fast&gt; &quot;now&quot;</title>');
    expect(xml).toContain('<content type="html">&lt;p&gt;A &amp;amp; B&lt;/p&gt;</content>');
    const [item] = parseFeed(xml).items;
    expect(item!.title).toBe('Roads & rails <fast> "now"');
    expect(item!.content).toMatch(/^<p>A &(amp;)? B<\/p>$/);
  });
});
