import { describe, expect, test } from 'vitest';
import { loadCountries } from '../../src/lib/map/atlas.ts';
import { mapPlaces, mapSelection, MAX_MAP_PLACES } from '../../src/lib/map/places.ts';
import { translator } from '../../src/lib/i18n/dictionary.ts';
import { placeLabels, radiusFor, regionMap, type MapPoint } from '../../src/lib/map/region.ts';
import { projectsInPlace } from '../../src/lib/report.ts';
import { loadReportFrom } from '../support/report.ts';

const report = loadReportFrom('src/content');
const topology = loadCountries();
const places = mapPlaces(report);

describe('the places on the map', () => {
  test('are every place of the report, each with its number of projects', () => {
    expect(places.map((p) => p.id)).toEqual(report.places.map((p) => p.id));
    for (const p of places) expect(p.projects, p.id).toBe(projectsInPlace(report, p.id).length);
    expect(places.find((p) => p.id === 'fuzuli')!.projects).toBeGreaterThan(5);
    const count = (n: number) => translator('en')('map.projects', { count: n });
    expect([0, 1, 12].map(count)).toEqual(['no project yet', '1 project', '12 projects']);
    // Russian has three plural forms; zero keeps its own message wherever the language gives one.
    const ru = (n: number) => translator('ru')('map.projects', { count: n });
    expect(new Set([1, 3, 5].map(ru)).size).toBe(3);
  });
});

describe('the places one map draws', () => {
  // A grid of 100 places, 0.1° apart; place-i-j has i + j projects.
  const grid = Array.from({ length: 100 }, (_, k) => {
    const [i, j] = [Math.floor(k / 10), k % 10];
    return { id: `place-${i}-${j}`, name: `Place ${i} ${j}`, lat: 39 + i / 10, lon: 46 + j / 10, projects: i + j };
  });

  test('are every place while they fit: the report’s own map is unchanged', () => {
    expect(mapSelection(places, places[0]!.id)).toBe(places);
    expect(places.length).toBeLessThanOrEqual(MAX_MAP_PLACES);
  });

  test('on a place’s page, beyond the limit: the place and its nearest neighbours, in the list’s order', () => {
    const shown = mapSelection(grid, 'place-0-0', 4);
    expect(shown.map((p) => p.id)).toEqual(['place-0-0', 'place-0-1', 'place-1-0', 'place-1-1']);
  });

  test('on the region’s map, beyond the limit: the places with the most projects', () => {
    const shown = mapSelection(grid, undefined, 3);
    expect(shown.map((p) => p.id)).toEqual(['place-8-9', 'place-9-8', 'place-9-9']);
    expect(mapSelection(grid).length).toBe(MAX_MAP_PLACES);
  });
});

describe('the map of the region', () => {
  const map = regionMap(topology, places, { highlight: 'shusha' });

  test('keeps every point and label on the map, shaped like the region', () => {
    expect(map.width).toBe(560);
    expect(map.height).toBeGreaterThan(map.width);
    for (const p of map.points) {
      expect(p.x, p.id).toBeGreaterThan(0);
      expect(p.x, p.id).toBeLessThan(map.width);
      expect(p.y, p.id).toBeGreaterThan(0);
      expect(p.y, p.id).toBeLessThan(map.height);
      expect(p.label.y, p.id).toBeLessThan(map.height);
    }
  });

  test('puts a place where its coordinates say: Shusha south of Khankendi, Zangilan the furthest south', () => {
    const at = (id: string) => map.points.find((p) => p.id === id)!;
    expect(at('shusha').y).toBeGreaterThan(at('khankendi').y);
    expect(Math.max(...map.points.map((p) => p.y))).toBe(at('zangilan').y);
    expect(Math.min(...map.points.map((p) => p.x))).toBe(at('kalbajar').x);
  });

  test('keeps the region’s frame when it draws only some places, so every map shares its outlines', () => {
    const some = regionMap(topology, places.slice(0, 5), { highlight: places[0]!.id, frame: places });
    expect([some.width, some.height]).toEqual([map.width, map.height]);
    expect(some.countries.map((c) => c.d)).toEqual(map.countries.map((c) => c.d));
    expect(some.points.map((p) => p.id)).toEqual(places.slice(0, 5).map((p) => p.id));
    for (const p of some.points) expect(p.x).toBe(map.points.find((q) => q.id === p.id)!.x);
  });

  test('draws Azerbaijan and its neighbours from Natural Earth, clipped to the region', () => {
    const names = map.countries.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Azerbaijan', 'Armenia', 'Iran']));
    expect(map.countries.filter((c) => c.home).map((c) => c.name)).toEqual(['Azerbaijan']);
    expect(map.countries.at(-1)!.name, 'the home country is drawn last, on top').toBe('Azerbaijan');
    for (const c of map.countries) expect(c.d).toMatch(/^M[\d.]+,[\d.]+/);
    expect(map.countries.find((c) => c.name === 'Armenia')!.label).not.toBeNull();
  });

  test('highlights only the place asked for', () => {
    expect(map.points.filter((p) => p.highlighted).map((p) => p.id)).toEqual(['shusha']);
    expect(regionMap(topology, places).points.some((p) => p.highlighted)).toBe(false);
  });

  test('sizes circles by projects, with a visible circle for none', () => {
    expect(radiusFor(0)).toBeGreaterThan(3);
    expect(radiusFor(4)).toBeGreaterThan(radiusFor(1));
    expect(radiusFor(16) / radiusFor(4)).toBeLessThan(2);
  });

  test('draws one place alone, and refuses to draw none', () => {
    const one = regionMap(topology, [{ id: 'shusha', name: 'Shusha', lat: 39.76, lon: 46.75, projects: 3 }]);
    expect(one.points).toHaveLength(1);
    expect(one.countries.map((c) => c.name)).toContain('Azerbaijan');
    expect(() => regionMap(topology, [])).toThrow(/no places/);
  });
});

describe('labels', () => {
  const point = (id: string, x: number, y: number, projects = 1): Omit<MapPoint, 'label'> => ({
    id,
    name: id,
    lat: 0,
    lon: 0,
    projects,
    x,
    y,
    r: 5,
    highlighted: false,
  });

  test('go right of their point; left, above or below when that is taken or off the map', () => {
    const size = { width: 400, height: 200, fontSize: 10 };
    const apart = placeLabels([point('aaaa', 50, 50, 3), point('bbbb', 150, 50)], size);
    expect(apart.map((p) => p.label.anchor)).toEqual(['start', 'start']);
    const [, squeezed] = placeLabels([point('aaaa', 50, 50, 3), point('bbbb', 30, 50)], size);
    expect(squeezed!.label).toEqual({ x: 30, y: 40, anchor: 'middle' });
    const [edge] = placeLabels([point('edge', 395, 100)], size);
    expect(edge!.label.anchor).toBe('end');
  });
});
