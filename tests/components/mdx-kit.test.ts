import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import Callout from '../../src/components/mdx/Callout.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import Quote from '../../src/components/mdx/Quote.astro';
import ScrollTable from '../../src/components/mdx/ScrollTable.astro';
import CommitmentCardView from '../../src/components/records/CommitmentCardView.astro';
import ProjectCardView from '../../src/components/records/ProjectCardView.astro';
import { createCitations } from '../../src/lib/citations.ts';
import { loadReportFrom } from '../support/report.ts';

const report = loadReportFrom('tests/fixtures/content');
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const html = async (
  component: Parameters<AstroContainer['renderToString']>[0],
  options: Parameters<AstroContainer['renderToString']>[1],
) => parse(await container.renderToString(component, options));

describe('the chapter component kit', () => {
  test('ProjectCard shows the sector, the linked name, the status with its date and the summary', async () => {
    const card = await html(ProjectCardView, { props: { project: report.projects.find((p) => p.id === 'test-road') } });
    expect(card.querySelector('aside')!.getAttribute('aria-label')).toBe('Project: Test Road');
    expect(card.querySelector('.kicker')!.text).toBe('Transport · highway');
    expect(card.querySelector('.record-card-title a')!.getAttribute('href')).toBe('/projects/test-road/');
    expect(card.querySelectorAll('p')[2]!.text).toBe('Operational as of 10 January 2022');
    expect(card.text).toContain('A synthetic road used only by the tests.');
  });

  test('Commitment shows who promised what and when, and the outcome with its date', async () => {
    const card = await html(CommitmentCardView, { props: { commitment: report.commitments[0] } });
    expect(card.querySelector('.kicker')!.text).toBe('Promise · A fixture official, January 2021');
    expect(card.querySelector('a')!.getAttribute('href')).toBe('/commitments/#test-promise');
    expect(card.querySelector('.outcome-badge')!.text).toBe('Met late');
  });

  test('Quote attributes the words to a speaker and a date, with a numbered note to its source', async () => {
    const sources = { q: { url: 'https://example.org/q', publisher: 'Quote Fixture' } };
    const quote = await html(Quote, {
      props: { speaker: 'A fixture speaker', date: '2021-10-26', source: 'q' },
      slots: { default: 'Exact words.' },
      locals: { citations: createCitations('<Quote source="q" />', sources) },
    });
    expect(quote.querySelector('blockquote')!.text).toBe('Exact words.');
    expect(quote.querySelector('figcaption')!.text).toBe('— A fixture speaker, 26 October 2021[1]');
    expect(quote.querySelector('figcaption a')!.getAttribute('href')).toBe('#note-1');
  });

  test('Figure carries the base path, alt text, caption and credit, and loads lazily', async () => {
    const figure = await html(Figure, {
      props: { src: '/images/x.jpg', alt: 'A road', caption: 'The road.', credit: 'Credit: X' },
    });
    const img = figure.querySelector('img')!;
    expect([img.getAttribute('src'), img.getAttribute('alt'), img.getAttribute('loading')]).toEqual([
      '/images/x.jpg',
      'A road',
      'lazy',
    ]);
    expect(figure.querySelector('figcaption')!.text).toBe('The road. Credit: X');
  });

  test('Callout labels its kind, and a title replaces the label', async () => {
    const plain = await html(Callout, { props: { kind: 'uncertain' }, slots: { default: 'Two dates.' } });
    expect(plain.querySelector('aside')!.classList.contains('callout-uncertain')).toBe(true);
    expect(plain.querySelector('.callout-title')!.text).toBe('Uncertain');
    const titled = await html(Callout, { props: { kind: 'correction', title: 'Corrected' }, slots: { default: 'x' } });
    expect(titled.querySelector('aside')!.getAttribute('aria-label')).toBe('Corrected');
  });

  test('a Markdown table scrolls in a box named in reading order', async () => {
    const locals: App.Locals = {};
    const first = await html(ScrollTable, { slots: { default: '<tr><td>1</td></tr>' }, locals });
    const second = await html(ScrollTable, { slots: { default: '<tr><td>2</td></tr>' }, locals });
    expect(first.querySelector('section')!.getAttribute('aria-label')).toBe('Table 1');
    expect(second.querySelector('section')!.getAttribute('aria-label')).toBe('Table 2');
    expect(second.querySelector('section')!.getAttribute('tabindex')).toBe('0');
  });
});
