import { describe, expect, test } from 'vitest';
import { cite, createCitations, notes } from '../../src/lib/citations.ts';
import { scanComponents } from '../../src/lib/mdx-scan.ts';

const body = [
  'First claim.<Cite id="b" /> Second <PlaceLink id="shusha">Shusha</PlaceLink>.<Cite id="a" />',
  '',
  '```mdx',
  '<Cite id="in-code" />',
  '```',
  'Again `<Cite id="inline-code" />`.<Cite id="b" />',
].join('\n');

describe('chapter components', () => {
  test('are found with their attributes and lines, outside code', () => {
    expect(scanComponents(body)).toEqual([
      { name: 'Cite', attrs: { id: 'b' }, line: 1 },
      { name: 'PlaceLink', attrs: { id: 'shusha' }, line: 1 },
      { name: 'Cite', attrs: { id: 'a' }, line: 1 },
      { name: 'Cite', attrs: { id: 'b' }, line: 6 },
    ]);
  });

  test('citations are numbered in order of first use', () => {
    expect([...createCitations(body, {}).order]).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  test('each use gets its own anchor, and notes link back to every use', () => {
    const source = (publisher: string) => ({ url: `https://example.org/${publisher}`, publisher });
    const citations = createCitations(body, { a: source('A'), b: source('B') });
    expect([cite(citations, 'b'), cite(citations, 'a'), cite(citations, 'b')]).toEqual([
      { number: 1, anchor: 'cite-1-1' },
      { number: 2, anchor: 'cite-2-1' },
      { number: 1, anchor: 'cite-1-2' },
    ]);
    expect(notes(citations).map((n) => [n.number, n.key, n.uses])).toEqual([
      [1, 'b', 2],
      [2, 'a', 1],
    ]);
    expect(() => cite(citations, 'missing')).toThrow('<Cite id="missing"> names no source');
  });
});
