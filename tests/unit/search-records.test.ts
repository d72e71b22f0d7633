import { describe, expect, test } from 'vitest';
import { placeAliases, placeNames, plainForm } from '../../src/lib/search/aliases.ts';
import { airportCodes } from '../../src/lib/search/codes.ts';
import { reportRecords, searchFacets, type SearchRecord } from '../../src/lib/search/index.ts';
import { placeIndex } from '../../src/lib/search/aliases.ts';
import type { Project } from '../../src/schemas/types.ts';
import { loadReportFrom } from '../support/report.ts';

const report = loadReportFrom('src/content');
const { chapters, records } = reportRecords(report);
const all = [...chapters, ...records];
const byUrl = new Map(all.map((r) => [r.url, r]));
const record = (url: string) => byUrl.get(url)!;
const ofKind = (kind: string) => all.filter((r) => r.meta.kind === kind);

describe('the search records of the report', () => {
  test('hold every chapter, project, place, event and promise once', () => {
    expect(ofKind('chapter')).toHaveLength(report.articles.length);
    expect(ofKind('project')).toHaveLength(report.projects.length);
    expect(ofKind('place')).toHaveLength(report.places.length);
    expect(ofKind('event')).toHaveLength(report.events.length);
    expect(ofKind('commitment')).toHaveLength(report.commitments.length);
    expect(byUrl.size).toBe(all.length);
  });

  test('link each event and promise to its own anchor, and other records to their pages', () => {
    for (const e of report.events) expect(byUrl.has(`/timeline/#${e.id}`), e.id).toBe(true);
    for (const c of report.commitments) expect(byUrl.has(`/commitments/#${c.id}`), c.id).toBe(true);
    for (const p of report.places) expect(byUrl.has(`/places/${p.id}/`), p.id).toBe(true);
    for (const a of report.articles) expect(byUrl.has(`/articles/${a.id}/`), a.id).toBe(true);
  });

  test('give every record a title, a kind label and a sortable day', () => {
    for (const r of all) {
      expect(r.meta.title, r.url).toBeTruthy();
      expect(r.meta.type, r.url).toMatch(/^(Chapter|Project|Place|Event|Promise)$/);
      expect(r.sort.date, r.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.filters.type, r.url).toEqual([r.meta.kind]);
    }
  });

  test('index every name of every place for that place, with its plain-Latin form', () => {
    for (const place of report.places) {
      const r = record(`/places/${place.id}/`);
      for (const { name } of place.data.altNames) {
        expect(r.content, `${place.id}: ${name}`).toContain(name);
        expect(r.meta.names, `${place.id}: ${name}`).toContain(name);
        const plain = plainForm(name);
        if (plain) expect(r.meta.names, `${place.id}: ${plain}`).toContain(plain);
      }
    }
    expect(record('/places/jabrayil/').meta.names).toContain('Cebrayil');
    expect(record('/places/khankendi/').meta.names).toContain('Stepanakert');
    expect(record('/places/shusha/').meta.names).toContain('Shushi');
  });

  test('index a place’s names for the records tied to it', () => {
    const jabrayil = report.events.filter((e) => e.data.places.some((p) => p.id === 'jabrayil'));
    expect(jabrayil.length).toBeGreaterThan(0);
    for (const e of jabrayil) expect(record(`/timeline/#${e.id}`).meta.places).toContain('Gabriel');
    // a promise about a project is tied to the project's places too
    expect(record('/commitments/#zangilan-airport-2022').meta.places).toContain('Zəngilan');
    expect(record('/articles/transport/').meta.places).toContain('Şuşa');
  });

  test('index airport codes where the project’s own text gives them', () => {
    expect(record('/projects/fuzuli-international-airport/').meta.codes).toBe('FZL');
    expect(record('/projects/zangilan-international-airport/').meta.codes).toBe('ZZE');
    expect(record('/projects/fuzuli-international-airport/').meta.context).toContain('IATA FZL');
    const coded = ofKind('project').filter((r) => r.meta.codes);
    expect(coded.map((r) => r.url).sort()).toEqual([
      '/projects/fuzuli-international-airport/',
      '/projects/zangilan-international-airport/',
    ]);
  });

  test('file projects under their place, sector, status and the years of their milestones', () => {
    for (const p of report.projects) {
      const r = record(`/projects/${p.id}/`);
      expect(r.filters.place).toEqual(p.data.places.map((ref) => ref.id));
      expect(r.filters.sector).toEqual([p.data.sector]);
      expect(r.filters.status).toEqual([p.data.status]);
      for (const m of p.data.milestones) expect(r.filters.year).toContain(m.date.slice(0, 4));
    }
  });

  test('show a project’s status, date and places in its result', () => {
    expect(record('/projects/fuzuli-international-airport/').meta).toMatchInlineSnapshot(`
      {
        "codes": "FZL",
        "context": "Fuzuli · Transport · IATA FZL",
        "date": "26 October 2021",
        "kind": "project",
        "places": "Fuzuli Füzuli Fizuli Varanda Karyagino Qarabulaq Физули",
        "status": "Operational",
        "statusKey": "operational",
        "title": "Fuzuli International Airport",
        "type": "Project",
      }
    `);
  });
});

describe('the search page’s facets', () => {
  const facets = new Map(searchFacets(report, all).map((f) => [f.key, f]));
  const count = (key: string, value: string) =>
    facets.get(key as 'type')!.options.find((o) => o.value === value)?.count ?? 0;

  test('count each kind as the data holds it', () => {
    expect(count('type', 'project')).toBe(report.projects.length);
    expect(count('type', 'event')).toBe(report.events.length);
    expect(count('type', 'commitment')).toBe(report.commitments.length);
    expect(facets.get('type')!.options.map((o) => o.label)).toEqual([
      'Chapters',
      'Projects',
      'Places',
      'Events',
      'Promises',
    ]);
  });

  test('count records per place, sector, status and year as the records carry them', () => {
    const carrying = (key: 'place' | 'sector' | 'status' | 'year', value: string) =>
      all.filter((r) => r.filters[key]?.includes(value)).length;
    for (const facet of ['place', 'sector', 'status', 'year'] as const) {
      for (const option of facets.get(facet)!.options) expect(option.count).toBe(carrying(facet, option.value));
    }
    const energyInZangilan = report.projects.filter(
      (p) => p.data.sector === 'energy' && p.data.places.some((r) => r.id === 'zangilan'),
    );
    expect(
      records.filter(
        (r) =>
          r.filters.sector?.includes('energy') && r.filters.place?.includes('zangilan') && r.meta.kind === 'project',
      ),
    ).toHaveLength(energyInZangilan.length);
  });

  test('name promise outcomes apart from project statuses', () => {
    const labels = facets.get('status')!.options.map((o) => o.label);
    expect(labels).toContain('Operational');
    expect(labels).toContain('Promise met');
    expect(labels.indexOf('Operational')).toBeLessThan(labels.indexOf('Promise met'));
  });

  test('list every place by name, and years newest first', () => {
    expect(
      facets
        .get('place')!
        .options.map((o) => o.value)
        .sort(),
    ).toEqual(report.places.map((p) => p.id).sort());
    const years = facets.get('year')!.options.map((o) => o.value);
    expect(years).toEqual([...years].sort().reverse());
  });
});

describe('names and codes, on hand-made cases', () => {
  const place = (name: string, alt: string[]) => ({
    name,
    altNames: alt.map((n) => ({ name: n, kind: 'variant' as const })),
    kind: 'city' as const,
    district: 'Test District',
    coordinates: { lat: 40, lon: 47, source: { url: 'https://example.org/', publisher: 'Example' } },
    population: [],
    controlHistory: [],
    summary: 'A test place.',
    notes: [],
  });

  test('fold ə and ı, which Pagefind keeps, and leave names without them alone', () => {
    expect(plainForm('Cəbrayıl')).toBe('Cebrayil');
    expect(plainForm('Xankəndi')).toBe('Xankendi');
    expect(plainForm('Ağdam')).toBe('Agdam');
    expect(plainForm('Khankendi (Stepanakert)')).toBeUndefined();
    expect(plainForm('Шуша')).toBeUndefined();
    expect(plainForm('Qubadlı')).toBe('Qubadli');
  });

  test('list a place’s names once each, main name first', () => {
    expect(placeNames(place('Testville', ['Tëstville', 'Testville', 'Testvilə']))).toEqual([
      'Testville',
      'Tëstville',
      'Testvilə',
      'Testvile',
    ]);
    expect(placeNames(place('Lonely', []))).toEqual(['Lonely']);
  });

  test('ignore references to places that do not exist', () => {
    const places = placeIndex([{ id: 'a', data: place('Alpha', ['Älpha']) }]);
    expect(placeAliases([{ id: 'a' }, { id: 'missing' }], places)).toBe('Alpha Älpha');
    expect(placeAliases([], places)).toBe('');
  });

  test('take codes only after IATA or ICAO, never invent them', () => {
    const project = (text: string, figure?: [string, string]) =>
      ({
        summary: text,
        milestones: [],
        figures: figure ? [{ label: figure[0], value: figure[1], unit: 'code', asOf: '2024', source: {} }] : [],
        notes: [],
      }) as unknown as Project;
    expect(airportCodes(project('The airport got the IATA code ABC; it cost AZN 35 million.'))).toEqual(['IATA ABC']);
    expect(airportCodes(project('The code UBBF was registered with ICAO.'))).toEqual([]);
    expect(airportCodes(project('ICAO assigned UBBF.'))).toEqual(['ICAO UBBF']);
    expect(airportCodes(project('No code.', ['IATA code', 'XYZ']))).toEqual(['IATA XYZ']);
    expect(airportCodes(project('Built by AZN and KLN.'))).toEqual([]);
  });
});

// The records are plain data: a record and its JSON agree.
test('search records survive JSON, as Pagefind receives them', () => {
  const copy = JSON.parse(JSON.stringify(records)) as SearchRecord[];
  expect(copy).toEqual(records);
});
