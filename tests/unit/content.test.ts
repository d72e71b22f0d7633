import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { buildDate } from '../../src/lib/dates.ts';
import { checkContent, formatProblem } from '../../src/lib/integrity/index.ts';

const { problems, records } = checkContent(readContentFiles(process.cwd(), 'src/content'), buildDate());
const count = (collection: string) => records.filter((r) => r.collection === collection).length;

describe('the report content', () => {
  test('passes every check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('holds the whole research base', () => {
    expect(count('events')).toBeGreaterThanOrEqual(75);
    expect(count('projects')).toBeGreaterThanOrEqual(59);
    expect(count('series')).toBeGreaterThanOrEqual(22);
    // the 14 places of the research base and the three more its projects use
    expect(count('places')).toBeGreaterThanOrEqual(17);
  });

  test('tracks every promise of the seed article', () => {
    const ids = records.filter((r) => r.collection === 'commitments').map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'electricity-whole-region-2021',
        'aghali-smart-village-2021',
        'return-1-5-million-azerbaijanis',
        'turkey-azerbaijan-trade-15bn-2023',
        'smart-cities-and-villages',
      ]),
    );
  });

  test('every place the projects use has a record', () => {
    const places = new Set(records.filter((r) => r.collection === 'places').map((r) => r.id));
    for (const id of ['barda', 'tartar', 'goygol', 'fuzuli', 'khankendi']) expect(places.has(id)).toBe(true);
  });
});
