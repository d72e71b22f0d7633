import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { cachedCard, cacheKey, pruneCardCache } from '../../src/lib/seo/og-cache.ts';
import { chapterCard, lightTokens, projectCard, reportCard, reportCards, wrapText } from '../../src/lib/seo/og-card.ts';
import { fontDir, FACES, registerFonts } from '../../src/lib/fonts.ts';
import { cardPool } from '../../src/lib/seo/og-pool.ts';
import { renderCard } from '../../src/lib/seo/og-render.ts';
import { jpegSize } from '../support/dist.ts';
import { loadReportFrom } from '../support/report.ts';

const report = loadReportFrom('src/content');
const palette = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'));
const placeNames = Object.fromEntries(report.places.map((p) => [p.id, p.data.name]));
/** One unit per character: wrapping by length, easy to reason about. */
const chars = (s: string) => s.length;
const work = mkdtempSync(join(tmpdir(), 'og-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the report’s cards', () => {
  test('are the report’s, each chapter’s and each project’s, in every edition and its language', () => {
    const cards = reportCards(report, 'example.org');
    const per = 1 + report.articles.length + report.projects.length;
    expect(cards).toHaveLength(4 * per);
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
    const project = report.projects[0]!;
    const at = (path: string) => cards.find((c) => c.path === path)!.card;
    expect(at(`projects/${project.id}`)).toEqual(projectCard(project.data, placeNames, 'example.org'));
    expect(at('report')).toEqual(reportCard('example.org'));
    expect(at(`ru/projects/${project.id}`).kicker).not.toBe(at(`projects/${project.id}`).kicker);
    expect(cards.filter((c) => c.path.startsWith('az/'))).toHaveLength(per);
  });
});

describe('card text', () => {
  test('wraps at word boundaries', () => {
    expect(wrapText('the three airports of the region', 12, 5, chars)).toEqual([
      'the three',
      'airports of',
      'the region',
    ]);
  });

  test('ends with an ellipsis on a whole word when the text is too long', () => {
    expect(wrapText('the three airports of the region and more', 12, 2, chars)).toEqual(['the three', 'airports of…']);
    expect(wrapText('the three airports of the region and more', 11, 2, chars)).toEqual(['the three', 'airports…']);
  });

  test('cuts a word longer than a line', () => {
    expect(wrapText('Ahmadbayli-Fuzuli-Shusha highway', 10, 5, chars)).toEqual([
      'Ahmadbayli',
      '-Fuzuli-Sh',
      'usha',
      'highway',
    ]);
  });

  test('says what a chapter and a project are', () => {
    const article = report.articles.find((a) => a.id === 'transport')!;
    expect(chapterCard(article.data, 'example.org')).toEqual({
      kicker: `Chapter ${article.data.chapter}`,
      title: article.data.title,
      text: article.data.description,
      host: 'example.org',
    });
    const airport = report.projects.find((p) => p.id === 'fuzuli-international-airport')!;
    expect(projectCard(airport.data, placeNames, 'example.org')).toEqual({
      kicker: 'Project · Transport',
      title: 'Fuzuli International Airport',
      text: 'Status as of 26 October 2021 · airport · Fuzuli',
      status: { label: 'Operational', tone: 'operational' },
      host: 'example.org',
    });
  });

  test('takes its colours from the design tokens, light theme', () => {
    expect(palette).toMatchObject({ bg: '#fbfaf6', text: '#1c1f23', accent: '#0a5c7a' });
    for (const tone of ['announced', 'building', 'completed', 'operational']) {
      expect(palette[`st-${tone}-bg`]).toMatch(/^#[0-9a-f]{6}$/);
      expect(palette[`st-${tone}-fg`]).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});

describe('card images', () => {
  test('are drawn with the DejaVu files npm installs, registered by path under our own names', () => {
    const fonts = registerFonts();
    expect(Object.keys(fonts)).toEqual(Object.keys(FACES));
    for (const file of Object.values(fonts)) expect(file.startsWith(fontDir())).toBe(true);
    expect(fontDir()).toContain(join('node_modules', 'dejavu-fonts-ttf', 'ttf'));
  });

  test('are 1200×630 JPEGs, the same bytes for the same card, drawn in milliseconds', async () => {
    const cards = [
      reportCard('example.org'),
      ...report.articles.map((a) => chapterCard(a.data, 'example.org')),
      ...report.projects.slice(0, 10).map((p) => projectCard(p.data, placeNames, 'example.org')),
    ];
    const start = performance.now();
    const images = await Promise.all(cards.map((card) => renderCard(card, palette)));
    const perImage = (performance.now() - start) / cards.length;
    console.info(`social cards: ${perImage.toFixed(1)} ms per image (${cards.length} drawn)`);
    for (const image of images) expect(jpegSize(image)).toEqual([1200, 630]);
    expect((await renderCard(cards[1]!, palette)).equals(images[1]!)).toBe(true);
    expect(images[1]!.equals(images[2]!)).toBe(false);
    expect(perImage).toBeLessThan(250);
  });

  test('are drawn in worker threads with the same bytes as on the main thread, two at a time a worker', async () => {
    const pool = cardPool(1);
    const cards = report.projects.slice(0, 5).map((p) => projectCard(p.data, placeNames, 'example.org'));
    const drawn = await Promise.all(cards.map((card) => pool.draw(card, palette)));
    for (const [i, card] of cards.entries()) expect(drawn[i]!.equals(await renderCard(card, palette))).toBe(true);
  });

  test('are drawn once and then read from the cache, keyed by everything they depend on', async () => {
    const render = vi.fn(async () => Buffer.from('card bytes'));
    const key = cacheKey([reportCard('example.org'), palette]);
    // Asked for twice at once (two requests to the dev server), drawn once.
    const [first, again] = await Promise.all([cachedCard(key, render, work), cachedCard(key, render, work)]);
    expect(again).toBe(first);
    expect(readFileSync(await cachedCard(key, render, work), 'utf8')).toBe('card bytes');
    expect(render).toHaveBeenCalledTimes(1);
    expect(readdirSync(work)).toEqual([`${key}.jpg`]);
    expect(cacheKey([reportCard('example.net'), palette])).not.toBe(key);
  });

  test('prunes the cards no build has used since it started', async () => {
    const key = cacheKey(['a card no build uses any more']);
    await cachedCard(key, async () => Buffer.from('old'), work);
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${work}/${key}.jpg`, past, past);
    const since = Date.now() - 1000;
    const used = cacheKey([reportCard('example.org'), palette]);
    await cachedCard(used, async () => Buffer.from('card bytes'), work); // a hit marks it used
    expect(pruneCardCache(since, work)).toBe(1);
    expect(readdirSync(work)).toEqual([`${used}.jpg`]);
  });
});
