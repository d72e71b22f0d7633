import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LICENCE, REPORT_TITLE, siteConfig } from '../../src/consts.ts';
import { citationBibtex, citationCsl, citationKind, citationText } from '../../src/lib/cite-page.ts';
import { cslDate, cslItem } from '../../src/lib/export/csl.ts';

const chapter = { title: 'Transport', url: 'https://example.org/report/articles/transport/', updated: '2026-11-27' };
const report = { title: REPORT_TITLE, url: 'https://example.org/report/', updated: '2026-11-27' };
const dataset = { title: 'Open data', url: 'https://example.org/report/data/', updated: '2026-11-27' };
const page = { title: 'Shusha', url: 'https://example.org/report/places/shusha/' };

describe('citations', () => {
  test('tell the report, a chapter, the dataset and other pages apart, under any base path', () => {
    expect([report, chapter, dataset, page].map((c) => citationKind(c))).toEqual([
      'report',
      'chapter',
      'dataset',
      'page',
    ]);
    expect(citationKind({ ...page, kind: 'dataset' })).toBe('dataset');
  });

  test('read as plain text', () => {
    expect(citationText(report)).toBe(
      'Karabakh Reconstruction Report. Last updated 27 November 2026. https://example.org/report/',
    );
    expect(citationText(chapter)).toBe(
      '“Transport.” In Karabakh Reconstruction Report. Last updated 27 November 2026. https://example.org/report/articles/transport/',
    );
    expect(citationText(dataset)).toBe(
      'Karabakh Reconstruction Report. “Open data” [Data set]. Version 2026-11-27. https://example.org/report/data/',
    );
    expect(citationText(page)).toBe(
      '“Shusha.” Karabakh Reconstruction Report. https://example.org/report/places/shusha/',
    );
  });

  test('read as BibTeX', () => {
    expect(citationBibtex(chapter)).toBe(`@misc{karabakh-report-report-articles-transport,
  title = {Transport},
  author = {{Karabakh Reconstruction Report}},
  booktitle = {Karabakh Reconstruction Report},
  howpublished = {\\url{https://example.org/report/articles/transport/}},
  year = {2026},
  note = {Last updated 2026-11-27}
}`);
    expect(citationBibtex(dataset)).toContain('note = {Data set, version 2026-11-27}');
    expect(citationBibtex({ ...page, title: '50% & more_{x}' })).toContain('title = {50\\% \\& more\\_\\{x\\}}');
  });

  test('read as CSL-JSON that citation managers import', () => {
    expect(JSON.parse(citationCsl(chapter))).toEqual([
      {
        id: 'karabakh-report-report-articles-transport',
        type: 'chapter',
        title: 'Transport',
        author: [{ literal: 'Karabakh Reconstruction Report' }],
        'container-title': 'Karabakh Reconstruction Report',
        issued: { 'date-parts': [[2026, 11, 27]] },
        URL: 'https://example.org/report/articles/transport/',
      },
    ]);
    expect(JSON.parse(citationCsl(report))[0]).toMatchObject({ type: 'report', publisher: REPORT_TITLE });
    expect(JSON.parse(citationCsl(dataset))[0]).toMatchObject({
      type: 'dataset',
      version: '2026-11-27',
      medium: 'JSON, CSV',
    });
    expect(JSON.parse(citationCsl(page))[0]).toMatchObject({ type: 'webpage', 'container-title': REPORT_TITLE });
    expect(JSON.parse(citationCsl(page))[0]).not.toHaveProperty('issued');
  });

  test('write partial dates as CSL date parts', () => {
    expect(cslDate('2021')).toEqual({ 'date-parts': [[2021]] });
    expect(cslDate('2021-10')).toEqual({ 'date-parts': [[2021, 10]] });
    expect(cslItem({ kind: 'page', title: 'x', url: 'https://example.org/', report: 'R' }).id).toBe(
      'karabakh-report-home',
    );
  });
});

test('CITATION.cff is valid CFF 1.2 and agrees with the site on title, licence and version', () => {
  const cff = parseYaml(readFileSync('CITATION.cff', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  expect(cff).toMatchObject({
    'cff-version': '1.2.0',
    type: 'dataset',
    title: REPORT_TITLE,
    license: LICENCE.name,
    version: pkg.version,
    authors: [{ name: REPORT_TITLE }],
    // the file holds the defaults of src/consts.ts, whatever this run's environment sets
    contact: [{ name: siteConfig({}).publisher, email: siteConfig({}).contact }],
    'repository-code': siteConfig({}).repository,
  });
  expect(cff.message).toMatch(/cite/);
});
