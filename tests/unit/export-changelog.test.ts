import { describe, expect, test } from 'vitest';
import { changelog, parseNameStatus } from '../../src/lib/export/changelog.ts';
import { changelogGroups, formatBytes } from '../../src/lib/export/downloads.ts';

/** `git log --format=@%cs --name-status --find-renames`, newest commit first. */
const log = [
  '@2026-03-02',
  '',
  'M\tsrc/content/projects/fuzuli-international-airport.json',
  'D\tsrc/content/events/withdrawn-claim.json',
  'R100\tsrc/content/events/war-begins.json\tsrc/content/events/2020/war-begins.json',
  'R088\tsrc/content/places/aghdam.json\tsrc/content/places/karabakh/aghdam.json',
  'R095\tsrc/content/places/agdam-town.json\tsrc/content/places/aghdam-town.json',
  'M\tsrc/content/README.md',
  'M\tsrc/lib/report.ts',
  'D\tsrc/content/events/added-then-removed.json',
  '@2026-03-02',
  '',
  'A\tsrc/content/projects/fuzuli-international-airport.json',
  'A\tsrc/content/events/added-then-removed.json',
  'A\tsrc/content/articles/draft-chapter.mdx',
  '@2026-01-15',
  '',
  'A\tsrc/content/places/shusha.json',
  'A\tsrc/content/articles/transport.mdx',
  'M\tsrc/content/events/withdrawn-claim.json',
].join('\n');

const published = new Set([
  'projects/fuzuli-international-airport',
  'events/war-begins',
  'places/aghdam',
  'places/aghdam-town',
  'places/shusha',
  'articles/transport',
]);

describe('the data changelog', () => {
  const days = changelog(parseNameStatus(log, 'src/content'), published);

  test('gives each day its net changes, newest day first', () => {
    expect(days.map((d) => d.date)).toEqual(['2026-03-02', '2026-01-15']);
    expect(days[0]!.changes.map((c) => `${c.change} ${c.collection}/${c.id}`)).toEqual([
      'added places/aghdam-town',
      'added projects/fuzuli-international-airport',
      'changed places/aghdam',
      'removed events/withdrawn-claim',
      'removed places/agdam-town',
    ]);
    expect(days[1]!.changes.map((c) => `${c.change} ${c.collection}/${c.id}`)).toEqual([
      'added articles/transport',
      'added places/shusha',
    ]);
  });

  test('leaves out moves that change nothing, drafts, and files that are not records', () => {
    const ids = days.flatMap((d) => d.changes.map((c) => c.id));
    expect(ids).not.toContain('war-begins');
    expect(ids).not.toContain('draft-chapter');
    expect(ids).not.toContain('added-then-removed');
    expect(ids).not.toContain('README');
  });

  test('reads a content folder given as CONTENT_DIR', () => {
    const ops = parseNameStatus(
      '@2026-01-01\nA\ttests/fixtures/content/places/testville.json\n',
      './tests/fixtures/content/',
    );
    expect(ops).toEqual([{ date: '2026-01-01', status: 'A', collection: 'places', id: 'testville' }]);
    expect(parseNameStatus('', 'src/content')).toEqual([]);
  });

  test('is summarised per day for the data page, linking records that still exist', () => {
    const [day] = changelogGroups(days, 1);
    expect(day!.groups.map((g) => g.summary)).toEqual([
      'Added 1 place, 1 project',
      'Changed 1 place',
      'Removed 1 event, 1 place',
    ]);
    expect(day!.groups[0]!.records[1]).toEqual({
      label: 'projects/fuzuli-international-airport',
      path: '/projects/fuzuli-international-airport/',
    });
    expect(day!.groups[2]!.records[0]).toEqual({ label: 'events/withdrawn-claim' });
    expect(changelogGroups(days, 5)).toHaveLength(2);
  });
});

test('file sizes read the way file managers write them', () => {
  expect([0, 999, 1000, 12_345, 999_499, 1_400_000].map(formatBytes)).toEqual([
    '0 B',
    '999 B',
    '1 kB',
    '12 kB',
    '999 kB',
    '1.4 MB',
  ]);
});
