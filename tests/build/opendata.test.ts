import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { isShallow } from '../../src/git.ts';
import { columnsOf, fromRow } from '../../src/lib/export/columns.ts';
import type { JsonSchema } from '../../src/lib/export/json-schema.ts';
import { recordDataPath } from '../../src/lib/routes.ts';
import { collectionNames } from '../../src/schemas/common.ts';
import { readPages, recordIds } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

type Row = Record<string, unknown> & { id: string; url: string };
type History = Array<{ date: string; changes: Array<{ kind: string; field?: string; from?: string; to?: string }> }>;

const sites = Object.values(SITES).map((site) => {
  const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');
  const home = readPages(site.dir).find((p) => p.path === '/')!;
  const origin = home.html.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
  return { ...site, read, json: (path: string) => JSON.parse(read(path)), origin };
});

describe.each(sites)('the open data of the $name build', (site) => {
  test('publishes every collection as JSON, CSV and JSON Schema', () => {
    for (const c of collectionNames) {
      for (const file of [`${c}.json`, `${c}.csv`, `${c}.schema.json`]) {
        expect(existsSync(join(site.dir, 'data', file)), file).toBe(true);
      }
      const ids = site.json(`data/${c}.json`).map((r: Row) => r.id);
      const published = c === 'articles' ? ids : recordIds(c, site.content);
      expect([...ids].sort(), c).toEqual([...published].sort());
    }
  });

  test.each(collectionNames.map((c) => [c]))(
    '%s: the CSV parses back to the same records as the JSON (but their history), read with the published schema',
    (c) => {
      const records = (site.json(`data/${c}.json`) as Row[]).map(({ history: _, ...record }) => record);
      const columns = columnsOf(site.json(`data/${c}.schema.json`) as JsonSchema);
      const rows = parse(site.read(`data/${c}.csv`), { columns: true }) as Array<Record<string, string>>;
      expect(rows.map((row) => fromRow(row, columns))).toEqual(records);
    },
  );

  test('each record’s history is in its JSON, valid by its schema, and one change per row in record-changes.csv', () => {
    const histories = collectionNames.flatMap((c) =>
      (site.json(`data/${c}.json`) as Row[]).map((r) => ({ c, id: r.id, history: r.history as History | undefined })),
    );
    const rows = parse(site.read('data/record-changes.csv'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBe(histories.reduce((n, r) => n + (r.history ?? []).flatMap((d) => d.changes).length, 0));
    if (isShallow()) {
      // A shallow clone knows no history: records carry none, rather than an empty one that reads as "never changed".
      expect(histories.every((r) => r.history === undefined)).toBe(true);
      return;
    }
    const road = histories.find((r) => r.history?.some((d) => d.changes.some((ch) => ch.kind !== 'added')));
    expect(road, 'a record changed after it was added').toBeDefined();
    for (const { c, id, history } of histories.filter((r) => r.c !== 'articles')) {
      expect(history, `${c}/${id}`).toBeDefined();
      expect(history![0]!.changes[0]!.kind, `${c}/${id} starts by being added`).toBe('added');
      const dates = history!.map((d) => d.date);
      expect(dates, `${c}/${id}`).toEqual([...dates].sort());
    }
    const first = rows.find((r) => r.collection === road!.c && r.id === road!.id && r.kind !== 'added')!;
    expect(road!.history!.flatMap((d) => d.changes.map((ch) => ({ date: d.date, ...ch })))).toContainEqual(
      expect.objectContaining({ date: first.date, kind: first.kind, field: first.field! }),
    );
  });

  test('the tidy tables parse, one row per nested item', () => {
    const rows = (file: string) => parse(site.read(`data/${file}`), { columns: true }) as Array<Record<string, string>>;
    const projects = site.json('data/projects.json') as Array<Row & { milestones: unknown[]; figures: unknown[] }>;
    const series = site.json('data/series.json') as Array<Row & { points: unknown[]; alternatives: unknown[] }>;
    expect(rows('project-milestones.csv')).toHaveLength(projects.reduce((n, p) => n + p.milestones.length, 0));
    expect(rows('project-figures.csv')).toHaveLength(projects.reduce((n, p) => n + p.figures.length, 0));
    expect(rows('series-points.csv')).toHaveLength(
      series.reduce((n, s) => n + s.points.length + s.alternatives.length, 0),
    );
    const points = rows('series-points.csv').filter((r) => r.series === series[0]!.id && r.alternative === 'false');
    expect(points.map((p) => p.period)).toEqual((series[0]!.points as Array<{ period: string }>).map((p) => p.period));
    expect(rows('sources.csv').length).toBe(site.json('data/sources.json').length);
    expect(rows('changelog.csv').length).toBe(
      site.json('data/changelog.json').reduce((n: number, d: { changes: unknown[] }) => n + d.changes.length, 0),
    );
  });

  test('datapackage.json lists every file with its size, checksum and columns', () => {
    const pkg = site.json('data/datapackage.json');
    expect(pkg.homepage).toBe(`${site.origin}data/`);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(site.dir, 'data', r.path));
      expect(bytes.length, r.path).toBe(r.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path).toBe(r.hash);
      if (r.format === 'csv') {
        const [header] = parse(bytes, { to_line: 1 }) as string[][];
        expect(header, r.path).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
      }
      if (r.jsonSchema) expect(existsSync(join(site.dir, 'data', r.jsonSchema)), r.jsonSchema).toBe(true);
    }
  });

  test('each record has its own JSON beside its page, the same as in its collection', () => {
    for (const c of collectionNames) {
      for (const record of site.json(`data/${c}.json`) as Row[]) {
        const path = recordDataPath(c, record.id);
        expect(site.json(path.slice(1)), path).toEqual(record);
      }
    }
    expect(existsSync(join(site.dir, `projects/${recordIds('projects', site.content)[0]}.json`))).toBe(true);
  });

  test('every URL in the data is absolute, under the base path, and lands on a built page', () => {
    const pages = new Set(readPages(site.dir).map((p) => p.path));
    for (const c of collectionNames) {
      const schema = site.json(`data/${c}.schema.json`);
      expect(schema.$id).toBe(`${site.origin}data/${c}.schema.json`);
      for (const record of site.json(`data/${c}.json`) as Row[]) {
        expect(record.url.startsWith(site.origin), record.url).toBe(true);
        const path = `/${record.url.slice(site.origin.length).split('#')[0]}`;
        expect(pages.has(path), record.url).toBe(true);
      }
    }
  });

  test('the data page links every file and keeps every series table', () => {
    const page = readPages(site.dir).find((p) => p.path === '/data/')!;
    const links = new Set(page.html.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));
    for (const c of collectionNames) {
      for (const file of [`${c}.json`, `${c}.csv`, `${c}.schema.json`])
        expect(links.has(`${site.base}data/${file}`), file).toBe(true);
    }
    expect(links.has(`${site.base}data/datapackage.json`)).toBe(true);
    expect(links.has(`${site.base}feed.xml`)).toBe(true);
    for (const s of site.json('data/series.json') as Row[])
      expect(page.html.querySelector(`section#${s.id}`), s.id).not.toBeNull();
    expect(page.html.querySelector('a[rel~="license"]')!.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    const citations = page.html.querySelectorAll('main pre').map((pre) => pre.text);
    expect(citations.some((text) => text.includes('"type": "dataset"'))).toBe(true);
  });
});
