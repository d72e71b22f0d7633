import { describe, expect, test } from 'vitest';
import { anchorPath, listPage, neighbours, pagePath, paginate, type PagingItem } from '../../src/lib/paging.ts';

/** Events as the timeline pages them: by year, then by month ("2021" alone has no month). */
const event = (id: string, date: string): PagingItem<string> => ({
  item: id,
  group: date.slice(0, 4),
  finer: date.slice(0, 7),
  anchors: [id],
});
const slugs = (paging: { pages: { slug: string; items: unknown[] }[] }) =>
  paging.pages.map((p) => `${p.slug}:${p.items.length}`);
const yearAnchor = { groupAnchor: (year: string) => `year-${year}` };

describe('paging a list', () => {
  test('keeps a list that fits its limit on one page, with every anchor on it', () => {
    const items = [event('a', '2020-09-27'), event('b', '2021-01-02'), event('c', '2021-03')];
    const paging = paginate(items, 3, yearAnchor);
    expect(paging.paged).toBe(false);
    expect(paging.pages).toEqual([{ slug: '', group: '', part: 1, parts: 1, items: ['a', 'b', 'c'] }]);
    expect(Object.fromEntries(paging.pageOf)).toEqual({ a: '', b: '', c: '', 'year-2020': '', 'year-2021': '' });
    expect(anchorPath('/timeline/', paging, 'b')).toBe('/timeline/#b');
  });

  test('gives each group a page once the list is over its limit', () => {
    const items = [event('a', '2020-09-27'), event('b', '2021-01-02'), event('c', '2021-03'), event('d', '2022')];
    const paging = paginate(items, 3, yearAnchor);
    expect(paging.paged).toBe(true);
    expect(slugs(paging)).toEqual(['2020:1', '2021:2', '2022:1']);
    expect(paging.pageOf.get('c')).toBe('2021');
    expect(paging.pageOf.get('year-2022')).toBe('2022');
    expect(anchorPath('/timeline/', paging, 'c')).toBe('/timeline/2021/#c');
  });

  test('splits a group over the limit by its finer keys, an item without one on its group’s own page', () => {
    const items = [
      event('y', '2021'),
      event('a', '2021-01-02'),
      event('b', '2021-01-20'),
      event('c', '2021-02-01'),
      event('d', '2022-05-05'),
    ];
    const paging = paginate(items, 2, yearAnchor);
    expect(slugs(paging)).toEqual(['2021:1', '2021-01:2', '2021-02:1', '2022:1']);
    expect(paging.pages[1]).toMatchObject({ group: '2021', finer: '2021-01', part: 1, parts: 1 });
    expect(paging.pageOf.get('year-2021')).toBe('2021');
    expect(paging.pageOf.get('c')).toBe('2021-02');
  });

  test('splits a group without finer keys, or a finer key still over the limit, into even numbered parts', () => {
    const sources = Array.from({ length: 7 }, (_, k): PagingItem<number> => ({ item: k, group: 'state-body' }));
    const paging = paginate([...sources, { item: 99, group: 'encyclopedia' }], 3, {
      groupAnchor: (kind) => `kind-${kind}`,
    });
    expect(slugs(paging)).toEqual(['state-body:3', 'state-body-2:2', 'state-body-3:2', 'encyclopedia:1']);
    expect(paging.pages.map((p) => `${p.part}/${p.parts}`)).toEqual(['1/3', '2/3', '3/3', '1/1']);
    expect(paging.pageOf.get('kind-state-body')).toBe('state-body');

    const may = Array.from({ length: 5 }, (_, k) => event(`e${k}`, `2023-05-0${k + 1}`));
    expect(slugs(paginate([...may, event('z', '2023-06-01')], 2))).toEqual([
      '2023-05:2',
      '2023-05-2:2',
      '2023-05-3:1',
      '2023-06:1',
    ]);
  });

  test('keeps a record on its page as other years grow', () => {
    const base = [event('a', '2021-01-02'), event('b', '2021-02-03'), event('c', '2022-01-01')];
    const grown = [...base, ...Array.from({ length: 6 }, (_, k) => event(`n${k}`, `2024-0${k + 1}-01`))];
    expect(paginate(base, 2).pageOf.get('a')).toBe('2021');
    expect(paginate(grown, 2).pageOf.get('a')).toBe('2021');
  });

  test('links each page to the ones before and after it', () => {
    const paging = paginate([event('a', '2020-01-01'), event('b', '2021-01-01'), event('c', '2022-01-01')], 1);
    expect(neighbours(paging, '2020')).toEqual({ previous: undefined, next: paging.pages[1] });
    expect(neighbours(paging, '2021')).toEqual({ previous: paging.pages[0], next: paging.pages[2] });
    expect(neighbours(paging, 'nowhere')).toEqual({});
    expect(pagePath('/sources/', 'state-body-2')).toBe('/sources/state-body-2/');
    expect(pagePath('/sources/', '')).toBe('/sources/');
  });

  test('gives a page with its label and the links its navigation shows', () => {
    const paging = paginate([event('a', '2020-01-01'), event('b', '2021-01-01'), event('c', '2022-01-01')], 1);
    const year = (p: { group: string }) => `Year ${p.group}`;
    expect(listPage(paging, '2021', '/timeline/', year)).toEqual({
      page: paging.pages[1],
      label: 'Year 2021',
      previous: { label: 'Year 2020', path: '/timeline/2020/' },
      next: { label: 'Year 2022', path: '/timeline/2022/' },
    });
    expect(listPage(paging, '2020', '/timeline/', year).previous).toBeUndefined();
    expect(() => listPage(paging, 'nowhere', '/timeline/', year)).toThrow(/no page "nowhere"/);
  });

  test('refuses pages it could not name, or two pages of one name', () => {
    expect(() => paginate([event('a', '2020'), event('b', '2021')], 0)).toThrow(/at least one/);
    const clash = [
      { item: 1, group: 'x' },
      { item: 2, group: 'x' },
      { item: 3, group: 'x-2' },
    ];
    expect(() => paginate(clash, 1)).toThrow(/both be "x-2"/);
    expect(() =>
      paginate(
        [
          { item: 1, group: 'A B' },
          { item: 2, group: 'c' },
        ],
        1,
      ),
    ).toThrow(/cannot name/);
  });
});
