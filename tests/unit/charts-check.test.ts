import { expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/integrity/index.ts';
import { goodFiles } from '../support/fixtures.ts';

const chapter = (body: string): ContentFile => ({
  collection: 'articles',
  file: 'tests/fixtures/content/articles/chart-chapter.mdx',
  text: [
    '---',
    'title: Charts in a chapter',
    'description: A synthetic chapter that shows charts.',
    `findings:\n${'  - { text: A fixture finding., sources: [fixture] }\n'.repeat(4).trimEnd()}`,
    'chapter: 99',
    'published: 2021-10-26',
    'sources: { fixture: { url: https://example.org/fixture/chart, publisher: Example Fixture Publisher } }',
    '---',
    '',
    `${body}`,
  ].join('\n'),
});

test('a chapter may show a chart of the report by its id', () => {
  const { problems } = checkContent(
    [...goodFiles(), chapter('Money.<Cite id="fixture" />\n\n<Chart id="budget-by-year" />\n')],
    '2100-01-01',
  );
  expect(problems.filter((p) => p.file.endsWith('chart-chapter.mdx'))).toEqual([]);
});

test('a chart id that does not exist fails the check with its file and line', () => {
  const { problems } = checkContent(
    [...goodFiles(), chapter('Money.<Cite id="fixture" />\n\n<Chart id="budget-by-yaer" />\n')],
    '2100-01-01',
  );
  expect(problems.filter((p) => p.file.endsWith('chart-chapter.mdx'))).toEqual([
    {
      file: 'tests/fixtures/content/articles/chart-chapter.mdx',
      field: 'line 16',
      message: expect.stringMatching(/^<Chart id="budget-by-yaer"> is not a chart; expected one of budget-by-year, /),
    },
  ]);
});

test('a chart without an id fails the check', () => {
  const { problems } = checkContent([...goodFiles(), chapter('<Chart />\n')], '2100-01-01');
  expect(problems.map((p) => p.message)).toContain('<Chart> has no id; expected id="…" (a chart id)');
});
