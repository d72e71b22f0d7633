import { describe, expect, test } from 'vitest';
import {
  buildDate,
  compareDates,
  endOf,
  formatDate,
  isAfter,
  isCalendarDate,
  precisionOf,
  startOf,
} from '../../src/lib/dates.ts';

describe('partial dates', () => {
  test('accept real dates at three precisions and reject impossible ones', () => {
    expect(['2021', '2021-02', '2021-02-28', '2024-02-29'].map(isCalendarDate)).toEqual([true, true, true, true]);
    expect(['2021-02-29', '2021-13', '2021-00', '21', '2021-1-5', '2021-02-30'].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test('know their precision and span', () => {
    expect(['2021', '2021-03', '2021-03-04'].map(precisionOf)).toEqual(['year', 'month', 'day']);
    expect(startOf('2021-03')).toBe('2021-03-01');
    expect(endOf('2021-02')).toBe('2021-02-28');
    expect(endOf('2024-02')).toBe('2024-02-29');
    expect(endOf('2021')).toBe('2021-12-31');
  });

  test('sort oldest first, a month before its days', () => {
    expect(['2021-03-04', '2020', '2021-03', '2021-01-31'].sort(compareDates)).toEqual([
      '2020',
      '2021-01-31',
      '2021-03',
      '2021-03-04',
    ]);
  });

  test('are in the future only when they start after today', () => {
    expect(isAfter('2026-11-28', '2026-11-27')).toBe(true);
    expect(isAfter('2026-11', '2026-11-27')).toBe(false);
    expect(isAfter('2026-12', '2026-11-27')).toBe(true);
  });

  test('read as people write them', () => {
    expect(formatDate('2021-10-26')).toBe('26 October 2021');
    expect(formatDate('2021-10')).toBe('October 2021');
    expect(formatDate('2021')).toBe('2021');
  });

  test('use BUILD_DATE when set', () => {
    expect(buildDate({ BUILD_DATE: '2025-01-01' })).toBe('2025-01-01');
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
