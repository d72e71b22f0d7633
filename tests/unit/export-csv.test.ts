import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { columnsOf, fromRow, toRow } from '../../src/lib/export/columns.ts';
import { csvField, toCsv } from '../../src/lib/csv.ts';
import type { JsonSchema } from '../../src/lib/export/json-schema.ts';
import { openData } from '../../src/lib/export/open-data.ts';
import { tableCsv } from '../../src/lib/export/tables.ts';
import { absoluteUrls } from '../../src/lib/seo/site.ts';
import { loadReportFrom } from '../support/report.ts';

const abs = absoluteUrls('https://example.org', '/report/');
const report = loadReportFrom('src/content');
// Hand-made histories for two records: the real content's come from git, which unit tests do not read.
const [road, place] = [`projects/${report.projects[0]!.id}`, `places/${report.places[0]!.id}`];
const histories = new Map([
  [
    road,
    [
      { date: '2024-03-01', changes: [{ kind: 'added' as const }] },
      {
        date: '2025-05-12',
        changes: [
          { kind: 'status' as const, field: 'status', from: 'under-construction', to: 'operational' },
          { kind: 'source' as const, field: 'sources', to: 'Publisher, "quoted", on two\nlines' },
        ],
      },
    ],
  ],
  [place, [{ date: '2024-03-02', changes: [{ kind: 'added' as const }] }]],
]);
const real = openData(report, abs, histories);
const fixture = openData(loadReportFrom('tests/fixtures/content'), abs);

/** JSON's view of a value: what a round trip through JSON must preserve. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('CSV writing', () => {
  test('quotes a field only when it holds a comma, a quote or a line break', () => {
    expect(csvField('Fuzuli')).toBe('Fuzuli');
    expect(csvField('')).toBe('');
    expect(csvField('Aghdam, Fuzuli')).toBe('"Aghdam, Fuzuli"');
    expect(csvField('the "Victory Road"')).toBe('"the ""Victory Road"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('Cəbrayıl; Шуша')).toBe('Cəbrayıl; Шуша');
  });

  test('writes CRLF lines and parses back to the same cells, awkward ones included', () => {
    const rows = [
      ['a,b', '"quoted"', 'multi\nline'],
      ['', ' leading space', 'trailing space '],
      ['Ağdam', 'Агдам', '=1+1'],
    ];
    const csv = toCsv(['one', 'two', 'three'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('one,two,three');
    expect(parse(csv)).toEqual([['one', 'two', 'three'], ...rows]);
  });

  test('refuses a row with the wrong number of fields', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 fields; the header has 2');
  });
});

describe('columns from a JSON Schema', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      id: { type: 'string' },
      where: {
        type: 'object',
        properties: { lat: { type: 'number' }, note: { type: 'string' } },
        required: ['lat'],
      },
      places: { type: 'array', items: { type: 'string', pattern: '^[a-z-]+$' } },
      tags: { type: 'array', items: { type: 'string' } },
      sources: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' } } } },
      parts: { type: 'object', additionalProperties: { type: 'number' } },
      value: { type: ['number', 'null'] },
      figure: { anyOf: [{ type: 'number' }, { type: 'string' }] },
      count: { type: 'integer' },
      official: { type: 'boolean' },
      status: { type: 'string', enum: ['announced', 'operational'] },
    },
    required: ['id', 'where', 'places', 'value', 'official', 'status'],
  };
  const columns = columnsOf(schema);

  test('flatten objects into dotted names and type every column', () => {
    expect(columns.map((c) => `${c.name}:${c.type}${c.required ? '' : '?'}${c.nullable ? ' null' : ''}`)).toEqual([
      'id:string',
      'where.lat:number',
      'where.note:string?',
      'places:list',
      'tags:array?',
      'sources:array?',
      'parts:object?',
      'value:number null',
      'figure:any?',
      'count:integer?',
      'official:boolean',
      'status:string',
    ]);
    expect(columns.find((c) => c.name === 'status')!.enum).toEqual(['announced', 'operational']);
  });

  test('write a record as a row and read it back unchanged', () => {
    const record = {
      id: 'x',
      where: { lat: 39.5, note: 'a, "b"' },
      places: ['fuzuli', 'shusha'],
      tags: ['free text, with comma'],
      sources: [{ url: 'https://example.org/?a=1&b=2' }],
      parts: { killed: 3, injured: 0 },
      value: null,
      figure: '17 / 12,964',
      count: 0,
      official: false,
      status: 'operational',
    };
    const row = toRow(record, columns);
    expect(row).toEqual([
      'x',
      '39.5',
      'a, "b"',
      'fuzuli,shusha',
      '["free text, with comma"]',
      '[{"url":"https://example.org/?a=1&b=2"}]',
      '{"killed":3,"injured":0}',
      '',
      '17 / 12,964',
      '0',
      'false',
      'operational',
    ]);
    const [header, parsed] = parse(
      toCsv(
        columns.map((c) => c.name),
        [row],
      ),
    ) as string[][];
    expect(fromRow(Object.fromEntries(header!.map((h, i) => [h, parsed![i]!])), columns)).toEqual(record);
  });

  test('leave absent fields absent, give required lists and nullable values their empty form', () => {
    const record = {
      id: 'y',
      where: { lat: 40 },
      places: [],
      value: 3,
      figure: 2021,
      official: true,
      status: 'announced',
    };
    const row = toRow(record, columns);
    const back = fromRow(Object.fromEntries(columns.map((c, i) => [c.name, row[i]!])), columns);
    expect(back).toEqual(record);
    expect(fromRow({ id: 'z', value: '', official: '' }, columns)).toEqual({ id: 'z', places: [], value: null });
  });
});

describe('the tables of the real content', () => {
  test('a record’s history is in its JSON, and each change a row of record-changes', () => {
    const published = (key: string) => real.records.projects.find((r) => `projects/${r.id}` === key)!;
    expect(published(road).history).toEqual(histories.get(road));
    expect(real.records.projects.filter((r) => r.history).length).toBe(1);
    const table = real.tables.find((t) => t.name === 'record-changes')!;
    expect(table.rows).toEqual([
      { collection: 'places', id: place.split('/')[1], date: '2024-03-02', kind: 'added' },
      { collection: 'projects', id: road.split('/')[1], date: '2024-03-01', kind: 'added' },
      { collection: 'projects', id: road.split('/')[1], date: '2025-05-12', ...histories.get(road)![1]!.changes[0] },
      { collection: 'projects', id: road.split('/')[1], date: '2025-05-12', ...histories.get(road)![1]!.changes[1] },
    ]);
  });

  test.each(real.tables.map((t) => [t.name, t] as const))(
    '%s parses back to the records it was written from',
    (_n, table) => {
      const rows = parse(tableCsv(table), { columns: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(table.rows.length);
      expect(Object.keys(rows[0] ?? {})).toEqual(table.columns.map((c) => c.name));
      expect(rows.map((r) => fromRow(r, table.columns))).toEqual(plain(table.rows));
    },
  );

  test('each collection table is the collection, one row per record, in id order', () => {
    for (const [collection, records] of Object.entries(real.records)) {
      const table = real.tables.find((t) => t.name === collection)!;
      expect(table.rows, collection).toEqual(records.map(({ history: _, ...record }) => record));
      expect(records.map((r) => r.id)).toEqual(records.map((r) => r.id).sort());
      expect(records.length, collection).toBeGreaterThan(0);
    }
  });

  test('the tidy tables hold every nested item once', () => {
    const count = (name: string) => real.tables.find((t) => t.name === name)!.rows.length;
    const items = (collection: keyof typeof real.records, ...fields: string[]) =>
      real.records[collection].reduce((n, r) => n + fields.reduce((m, f) => m + (r[f] as unknown[]).length, 0), 0);
    expect(count('project-milestones')).toBe(items('projects', 'milestones'));
    expect(count('project-figures')).toBe(items('projects', 'figures'));
    expect(count('series-points')).toBe(items('series', 'points', 'alternatives'));
    expect(count('place-names')).toBe(items('places', 'altNames'));
  });
});

describe('published records', () => {
  test('start with the id and the page URL, and write references as ids', () => {
    const event = fixture.records.events[0]!;
    expect(Object.keys(event).slice(0, 2)).toEqual(['id', 'url']);
    expect(event).toMatchObject({ id: 'test-event', url: 'https://example.org/report/timeline/#test-event' });
    expect(event.places).toEqual(['testville']);
    expect(fixture.records.projects.find((p) => p.id === 'test-road')!.url).toBe(
      'https://example.org/report/projects/test-road/',
    );
  });

  test('list every source once, with the records citing it as collection/id', () => {
    const urls = real.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const s of real.sources) expect((s.citedBy as string[]).length).toBeGreaterThan(0);
    expect(fixture.sources.find((s) => s.url === 'https://example.org/fixture/event')).toMatchObject({
      citedBy: ['events/test-event'],
    });
  });
});
