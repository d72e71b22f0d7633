import { expect, test } from 'vitest';
import { assessedTo, outcomeCounts, tallySentence, trackedPromises } from '../../src/lib/promises.ts';
import type { Entry } from '../../src/lib/report.ts';
import type { Commitment } from '../../src/schemas/types.ts';
import { loadReportFrom } from '../support/report.ts';

const promise = (id: string, outcome: Commitment['outcome'], outcomeAsOf: string) =>
  ({ id, data: { outcome, outcomeAsOf, projects: [] } }) as unknown as Entry<Commitment>;

test('counts outcomes in the tracker’s order, singular and plural, leaving out outcomes with none', () => {
  const promises = [
    promise('a', 'met-late', '2024-01-01'),
    promise('b', 'met', '2025-03-02'),
    promise('c', 'met-late', '2023-05-05'),
    promise('d', 'unclear', '2022-01-01'),
  ];
  expect(outcomeCounts(promises)).toBe('1 was met on time, 2 were met late and 1 cannot be scored yet');
  expect(outcomeCounts([promise('a', 'pending', '2024-01-01')])).toBe('1 is pending');
  expect(assessedTo(promises)).toBe('2025-03-02');
});

test('a sector’s promises are those about one of its projects', () => {
  const report = loadReportFrom('tests/fixtures/content');
  expect(trackedPromises(report, 'transport').map((c) => c.id)).toEqual(['test-promise']);
  expect(trackedPromises(report, 'energy')).toEqual([]);
  expect(trackedPromises(report)).toHaveLength(report.commitments.length);
});

test('says the tally as a sentence for none, one and many', () => {
  expect(tallySentence([], 'water')).toBe('The report tracks no water promises');
  expect(tallySentence([promise('a', 'pending', '2024-01-01')], 'energy')).toBe(
    'The report tracks one energy promise: it is pending',
  );
  expect(tallySentence([promise('a', 'met', '2024-01-01'), promise('b', 'not-met', '2024-01-01')])).toBe(
    'Of the 2 promises the report tracks, 1 was met on time and 1 was not met',
  );
});
