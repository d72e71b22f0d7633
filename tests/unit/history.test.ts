import { expect, test } from 'vitest';
import { lastChanged, parseGitLog } from '../../src/lib/history/last-changed.ts';

const LOG = [
  '@2025-03-01',
  'M\tsrc/content/projects/a.json',
  'R100\tsrc/content/places/old.json\tsrc/content/places/2021/new.json',
  '',
  '@2024-01-02',
  'A\tsrc/content/projects/a.json',
  'A\tsrc/content/places/old.json',
].join('\n');

test('reads the date each file last changed from git log --name-status, a moved file under its new path', () => {
  expect(parseGitLog(LOG)).toEqual(
    new Map([
      ['src/content/projects/a.json', '2025-03-01'],
      ['src/content/places/2021/new.json', '2025-03-01'],
      ['src/content/places/old.json', '2024-01-02'],
    ]),
  );
});

test('a page changed when the newest of its files did, else on its newest fallback date', () => {
  const dates = parseGitLog(LOG);
  expect(lastChanged(dates, ['src/content/places/old.json', 'src/content/projects/a.json'], ['2026-01-01'])).toBe(
    '2025-03-01',
  );
  expect(lastChanged(dates, ['src/content/projects/none.json'], ['2020-01-01', '2021-05', undefined])).toBe('2021-05');
  expect(lastChanged(dates, [], [])).toBeUndefined();
});
