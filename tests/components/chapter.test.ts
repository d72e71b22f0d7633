import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import Cite from '../../src/components/mdx/Cite.astro';
import Notes from '../../src/components/mdx/Notes.astro';
import PlaceLink from '../../src/components/mdx/PlaceLink.astro';
import { createCitations } from '../../src/lib/citations.ts';

const sources = {
  first: { url: 'https://example.org/first', publisher: 'First Fixture', published: '2021-10-26' },
  second: { url: 'https://example.org/second', publisher: 'Second Fixture' },
};
const body = 'One.<Cite id="second" /> Two.<Cite id="first" /> Three.<Cite id="second" />';

test('citations are numbered in reading order and the notes link back to each use', async () => {
  const container = await AstroContainer.create();
  const citations = createCitations(body, sources);
  const cites = [];
  for (const id of ['second', 'first', 'second']) {
    cites.push(
      parse(await container.renderToString(Cite, { props: { id }, locals: { citations } })).querySelector('a')!,
    );
  }
  expect(cites.map((a) => [a.text, a.getAttribute('href'), a.id])).toEqual([
    ['[1]', '#note-1', 'cite-1-1'],
    ['[2]', '#note-2', 'cite-2-1'],
    ['[1]', '#note-1', 'cite-1-2'],
  ]);
  expect(cites[1]!.getAttribute('aria-label')).toBe('Note 2: First Fixture');

  const notes = parse(await container.renderToString(Notes, { locals: { citations } }));
  const items = notes.querySelectorAll('ol > li');
  expect(items.map((li) => li.id)).toEqual(['note-1', 'note-2']);
  expect(items[0]!.querySelectorAll('a[href^="#cite-"]').map((a) => a.getAttribute('href'))).toEqual([
    '#cite-1-1',
    '#cite-1-2',
  ]);
  expect(items[1]!.text).toContain('First Fixture, 26 October 2021.');
  expect(items[1]!.querySelector('a.note-url')!.getAttribute('href')).toBe('https://example.org/first');
});

test('a record link carries the base path and its text', async () => {
  const container = await AstroContainer.create();
  const html = parse(
    await container.renderToString(PlaceLink, { props: { id: 'shusha' }, slots: { default: 'Shusha' } }),
  );
  expect(html.querySelector('a')!.getAttribute('href')).toBe('/places/shusha/');
  expect(html.querySelector('a')!.text).toBe('Shusha');
});
