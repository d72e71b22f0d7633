import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/integrity/index.ts';
import { badCases, goodFiles } from '../support/fixtures.ts';

const TODAY = '2026-11-27';

describe('the content check', () => {
  test('passes the good fixture set with no problems', () => {
    const { problems, records } = checkContent(goodFiles(), TODAY);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(records.map((r) => `${r.collection}/${r.id}`).sort()).toEqual([
      'articles/test-chapter',
      'commitments/test-promise',
      'corrections/test-correction',
      'events/test-event',
      'events/test-event-later',
      'places/sampleton',
      'places/testville',
      'projects/test-plant',
      'projects/test-road',
      'publishers/another-fixture-publisher',
      'publishers/example-fixture-publisher',
      'publishers/quote-fixture-publisher',
      'series/demining-area-cumulative',
      'series/demining-army-engineer-units-cumulative',
      'series/hydropower-plants',
      'series/mine-casualties-cumulative',
      'series/reconstruction-budget-initial',
      'series/reconstruction-budget-revised',
      'series/reconstruction-spending-actual',
      'series/residents-total-region',
      'series/returnees-former-idps-total',
      'series/test-series',
      'translations/articles/test-chapter.ru',
      'translations/events/test-event.az',
      'translations/places/testville.hy',
      'translations/places/testville.ru',
      'translations/projects/test-road.ru',
    ]);
  });

  const cases = badCases();
  test('has at least 25 bad fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  test.each(cases)('rejects $path, naming the file and the field', ({ file, field, message }) => {
    const { problems } = checkContent([...goodFiles(), file], TODAY);
    const here = problems.filter((p) => p.file === file.file);
    expect(
      here.length,
      `no problem reported for ${file.file}: ${problems.map(formatProblem).join('\n')}`,
    ).toBeGreaterThan(0);
    const match = here.find((p) => p.field === field && p.message.includes(message));
    expect(match, `expected "${field}: …${message}…" among:\n${here.map(formatProblem).join('\n')}`).toBeDefined();
    // one readable line: file, field, message
    const line = formatProblem(match!);
    expect(line.startsWith(`${file.file}: `)).toBe(true);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/\bat \w+ \(|node_modules/);
  });

  test('reports a dangling reference even when everything else is right', () => {
    const files = goodFiles().map((f) =>
      f.file.endsWith('test-event.json') ? { ...f, text: f.text.replace('"testville"', '"nowhere"') } : f,
    );
    const { problems } = checkContent(files, TODAY);
    expect(problems.map(formatProblem)).toEqual([
      'tests/fixtures/content/events/test-event.json: places[0]: "nowhere" is not a record in places; expected the id of a file in src/content/places/',
    ]);
  });

  test('holds a place’s changes of control to the precision their dates are written with', () => {
    const files = goodFiles().map((f) =>
      f.file.endsWith('testville.json') ? { ...f, text: f.text.replace('"date": "2020-11"', '"date": "2020"') } : f,
    );
    const here = checkContent(files, TODAY).problems.filter((p) => p.file.endsWith('testville.json'));
    expect(here.map(formatProblem)).toEqual([
      'tests/fixtures/content/places/testville.json: controlHistory[0].precision: expected "year": the date 2020 is written with year precision, got "month"',
    ]);
  });

  test('a date is in the future only after the build date', () => {
    const file = goodFiles().find((f) => f.file.endsWith('test-event.json'))!;
    const onDay = { ...file, text: file.text.replace('2021-06-15', TODAY) };
    expect(checkContent([...goodFiles().filter((f) => f.file !== file.file), onDay], TODAY).problems).toEqual([]);
    const nextDay = { ...file, text: file.text.replace('2021-06-15', '2026-11-28') };
    expect(checkContent([...goodFiles().filter((f) => f.file !== file.file), nextDay], TODAY).problems).toHaveLength(1);
  });
});
