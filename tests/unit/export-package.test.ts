import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { collectionNames } from '../../src/schemas/common.ts';
import { field } from '../../src/lib/export/datapackage.ts';
import { dataFiles } from '../../src/lib/export/files.ts';
import { publishedSchema, recordJsonSchema } from '../../src/lib/export/json-schema.ts';
import { contentType, filesWith } from '../../src/lib/export/serve.ts';
import { openData } from '../../src/lib/export/open-data.ts';
import { absoluteUrls } from '../../src/lib/seo/site.ts';
import { loadReportFrom } from '../support/report.ts';

const abs = absoluteUrls('https://example.org', '/');
const report = loadReportFrom('src/content');
const data = openData(report, abs);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const days = [
  {
    date: '2026-11-27',
    changes: [{ date: '2026-11-27', change: 'added' as const, collection: 'places', id: 'shusha' }],
  },
];
const info = {
  name: 'karabakh-reconstruction-report',
  title: 'Open data',
  description: 'Every record.',
  homepage: 'https://example.org/data/',
  version: '2026-11-27',
  created: '2026-11-27T00:00:00Z',
  keywords: ['Karabakh'],
  contributor: 'Karabakh Reconstruction Report',
};
const files = dataFiles(data, days, info, sha256);
const file = (name: string) => files.find((f) => f.file === name)!;
const pkg = JSON.parse(file('datapackage.json').text);

describe('JSON Schemas generated from the content schemas', () => {
  test.each(collectionNames.map((c) => [c]))(
    '%s: one property per field, id and url first, nothing else allowed',
    (c) => {
      const schema = recordJsonSchema(c, `https://example.org/data/${c}.schema.json`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://example.org/data/${c}.schema.json`);
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties!)).toEqual(Object.keys(publishedSchema(c).shape));
      expect(Object.keys(schema.properties!).slice(0, 2)).toEqual(['id', 'url']);
      expect(schema.required).toEqual(expect.arrayContaining(['id', 'url']));
    },
  );

  test('describe references as ids and keep enums and date patterns', () => {
    const projects = recordJsonSchema('projects', 'x');
    expect(projects.properties!.places!.items).toMatchObject({ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
    expect(projects.properties!.status!.enum).toEqual(['announced', 'under-construction', 'completed', 'operational']);
    expect(projects.properties!.statusAsOf!.pattern).toBe('^\\d{4}(-\\d{2}(-\\d{2})?)?$');
  });

  test('accept every published record: the Zod schema they come from parses each one', () => {
    for (const c of collectionNames) {
      const schema = publishedSchema(c);
      for (const record of data.records[c]) {
        const result = schema.safeParse(record);
        expect(result.success, `${c}/${record.id}: ${result.error?.message}`).toBe(true);
      }
    }
  });

  test('require every field every record has, and nothing no record has', () => {
    for (const c of collectionNames) {
      const schema = data.schemas[c];
      for (const record of data.records[c]) {
        for (const key of schema.required ?? []) expect(record, `${c}/${record.id}`).toHaveProperty(key);
        for (const key of Object.keys(record)) expect(schema.properties, `${c}.${key}`).toHaveProperty(key);
      }
    }
  });
});

describe('the data package', () => {
  test('is a Data Package v2 descriptor, readable by v1 tools, under CC BY 4.0', () => {
    expect(pkg).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      profile: 'data-package',
      name: 'karabakh-reconstruction-report',
      version: '2026-11-27',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    const names = pkg.resources.map((r: { name: string }) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9._-]+$/);
  });

  test('lists every data file with its exact size and SHA-256', () => {
    const listed = pkg.resources.map((r: { path: string }) => r.path).sort();
    const data = files.map((f) => f.file).filter((f) => !f.endsWith('.schema.json') && f !== 'datapackage.json');
    expect(listed).toEqual(data.sort());
    for (const r of pkg.resources) {
      const text = file(r.path).text;
      expect(r.bytes, r.path).toBe(Buffer.byteLength(text, 'utf8'));
      expect(r.hash, r.path).toBe(`sha256:${sha256(text)}`);
    }
  });

  test('describes every CSV column, in order, with its type', () => {
    const tables = pkg.resources.filter((r: { format: string }) => r.format === 'csv');
    expect(tables.length).toBe(data.tables.length + 1);
    for (const r of tables) {
      expect(r).toMatchObject({ type: 'table', profile: 'tabular-data-resource', mediatype: 'text/csv' });
      const [header] = parse(file(r.path).text, { to_line: 1 }) as string[][];
      expect(
        r.schema.fields.map((f: { name: string }) => f.name),
        r.path,
      ).toEqual(header);
    }
    const places = tables.find((r: { name: string }) => r.name === 'places');
    expect(places.schema.primaryKey).toEqual(['id']);
    expect(places.schema.fields.find((f: { name: string }) => f.name === 'coordinates.lat')).toEqual({
      name: 'coordinates.lat',
      type: 'number',
      constraints: { required: true },
    });
    const milestones = tables.find((r: { name: string }) => r.name === 'project-milestones');
    expect(milestones.schema.foreignKeys).toEqual([
      { fields: ['project'], reference: { resource: 'projects', fields: ['id'] } },
    ]);
  });

  test('points each JSON file at its JSON Schema', () => {
    for (const name of [...collectionNames, 'sources']) {
      const r = pkg.resources.find((x: { path: string }) => x.path === `${name}.json`);
      expect(r, name).toMatchObject({ format: 'json', jsonSchema: `${name}.schema.json` });
      expect(
        files.some((f) => f.file === `${name}.schema.json`),
        name,
      ).toBe(true);
    }
  });

  test('writes lists, nullable values and booleans as Table Schema fields', () => {
    const base = { path: ['x'], required: true, nullable: false };
    expect(field({ ...base, name: 'places', type: 'list' })).toEqual({
      name: 'places',
      type: 'list',
      delimiter: ',',
      itemType: 'string',
      constraints: { required: true },
    });
    expect(field({ ...base, name: 'value', type: 'number', nullable: true })).toEqual({
      name: 'value',
      type: 'number',
    });
    expect(field({ ...base, name: 'official', type: 'boolean', required: false })).toEqual({
      name: 'official',
      type: 'boolean',
      trueValues: ['true'],
      falseValues: ['false'],
    });
  });
});

test('every data file is served by the .json or the .csv endpoint, with its media type', () => {
  const json = filesWith(files, 'json');
  const csv = filesWith(files, 'csv');
  expect(json.length + csv.length).toBe(files.length);
  expect(json.map((f) => f.name)).toEqual(
    expect.arrayContaining(['places', 'places.schema', 'datapackage', 'changelog']),
  );
  expect(csv.map((f) => f.name)).toEqual(expect.arrayContaining(['places', 'series-points', 'changelog']));
  expect(contentType(file('places.csv'))).toBe('text/csv; charset=utf-8; header=present');
  expect(contentType(file('places.schema.json'))).toBe('application/schema+json; charset=utf-8');
  expect(contentType(file('datapackage.json'))).toBe('application/json; charset=utf-8');
});
