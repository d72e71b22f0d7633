import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { localise } from '../../src/lib/i18n/translations.ts';
import { placeNames } from '../../src/lib/search/aliases.ts';
import { META_WEIGHTS } from '../../src/lib/search/types.ts';
import { axeViolations } from '../support/axe.ts';
import { browserSuite, openWatched } from '../support/browser.ts';
import { loadReportFrom } from '../support/report.ts';
import { SITES } from '../support/sites.ts';
import { TRANSLATIONS } from '../../src/lib/i18n/locales.ts';

// Search needs a real-sized index (pages of results, many facets), so it runs on the real content at the domain root;
// every query and expected answer is drawn from that content, so a research update changes them, not the verdict.
const { base, content } = SITES.real;
const report = loadReportFrom(content);
const site = browserSuite(SITES.real);

/** A place with another name of this kind, and that name. */
function otherName(kind: string) {
  const place = report.places.find((p) => p.data.altNames.some((a) => a.kind === kind))!;
  return { place, name: place.data.altNames.find((a) => a.kind === kind)!.name };
}
const armenian = otherName('armenian');
const misspelt = otherName('misspelling');
const projectsOf = (place: string, sector?: string) =>
  report.projects.filter((p) => (!sector || p.data.sector === sector) && p.data.places.some((r) => r.id === place));
/** The place with the most projects: its name finds places, projects, events and chapter sections. */
const busiest = [...report.places].sort((a, b) => projectsOf(b.id).length - projectsOf(a.id).length)[0]!;
const word = busiest.data.name.split(' ')[0]!;
/** The place and sector with the most projects, and another place and sector to count against them. */
const [place, sector] = report.projects
  .flatMap((p) => p.data.places.map((r) => [r.id, p.data.sector] as const))
  .sort(([pa, sa], [pb, sb]) => projectsOf(pb, sb).length - projectsOf(pa, sa).length)[0]!;
const otherPlace = report.places.find((p) => p.id !== place && projectsOf(p.id, sector).length > 0)!.id;
/** A section heading of the last chapter: a chapter result lists its sections. */
const heading = readFileSync(`${content}/articles/${report.articles.at(-1)!.id}.mdx`, 'utf8')
  .match(/^## (.+)$/m)![1]!
  .replace(/[^\p{L}\p{N} ]/gu, ' ');
const otherSector = report.projects.find((p) => p.data.sector !== sector && projectsOf(place).includes(p))!.data.sector;

/** A watched page (errors, failed and third-party requests) that also records every URL it fetched. */
const open = (path: string, options: Parameters<typeof openWatched>[3] = {}) =>
  // Requests cut short by the test leaving the page (ERR_ABORTED) are not failures of the site.
  openWatched(site.browser, site.server.url, `${site.server.url}${path}`, { ignoreAborted: true, ...options });

const status = (page: Page) => page.locator('[data-search-page] [data-search-status]');
const dialogStatus = (page: Page) => page.locator('dialog [data-search-status]');
const resultTitles = (page: Page, scope = '[data-search-page]') =>
  page.locator(`${scope} .search-result-title`).allTextContents();
const count = (page: Page, facet: string, value: string) =>
  page.locator(`[data-count="${facet}:${value}"]`).textContent().then(Number);

describe('search in the header', () => {
  test('loads no search code until the reader reaches for it, then opens on /', async () => {
    const { page, fetched, close } = await open('');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((url) => /pagefind|search-dialog/.test(url))).toEqual([]);
    await page.keyboard.press('/');
    const field = page.locator('dialog[open] input[type="search"]');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await close();
  });

  test('finds a place by another name as the reader types, and works by keyboard alone', async () => {
    const { page, close } = await open('timeline/');
    await page.keyboard.press('/');
    await page.keyboard.type(armenian.name);
    await expect.poll(() => resultTitles(page, 'dialog')).toContain(armenian.place.data.name);
    expect((await resultTitles(page, 'dialog'))[0]).toBe(armenian.place.data.name);
    expect(await dialogStatus(page).textContent()).toMatch(/^\d+ results/);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(armenian.place.data.name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(armenian.name);
    await page.keyboard.press('Escape');
    const dialog = page.locator('dialog[data-search-dialog]');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);

    await page.locator('button[data-search-open]').focus();
    await page.keyboard.press('Enter');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);

    await page.keyboard.press('/');
    await page.keyboard.type(misspelt.name);
    await expect.poll(() => resultTitles(page, 'dialog').then((t) => t[0])).toBe(misspelt.place.data.name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}places/${misspelt.place.id}/`);
    await close();
  });

  test('sends the query to the search page on Enter', async () => {
    const { page, close } = await open('');
    await page.keyboard.press('/');
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}search/?q=${word}`);
    await expect.poll(() => status(page).textContent()).toMatch(`results for “${word}”`);
    await close();
  });
});

/**
 * Every name of every place, asked of the index the page at `path` loads (its language's), as the page asks it; the
 * names whose first result is not the place's page in that edition.
 */
async function placeMisses(path: string, places: typeof report.places, prefix = '') {
  const { page, close } = await open(path);
  const queries = places.flatMap((p) =>
    placeNames(p.data).map((name) => ({ url: `${base}${prefix}places/${p.id}/`, name })),
  );
  const misses = await page.evaluate(
    async ({ queries, weights, base }) => {
      // A Function body, so Vitest leaves this browser-side import alone.
      const pagefind = await new Function(`return import("${base}pagefind/pagefind.js")`)();
      await pagefind.options({ ranking: { metaWeights: weights } });
      const out: string[] = [];
      for (const { url, name } of queries) {
        const { results } = await pagefind.search(name);
        const first = results[0] ? (await results[0].data()).url : 'nothing';
        if (first !== url) out.push(`${name}: ${first}`);
      }
      return out;
    },
    { queries, weights: META_WEIGHTS, base },
  );
  await close();
  return { queries: queries.length, misses };
}

describe('the index, queried as the page queries it', () => {
  test('finds every place first, by each of its names and spellings', async () => {
    const { queries, misses } = await placeMisses('search/', report.places);
    expect(queries).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });
});

describe.each(TRANSLATIONS)('the %s edition’s index', (lang) => {
  test('finds every place first, by its name in the edition, its English name and every other name', async () => {
    // Pagefind loads the index of the page's language (<html lang>): the edition's own records, in its language.
    const { queries, misses } = await placeMisses(`${lang}/search/`, localise(report, lang).places, `${lang}/`);
    expect(queries).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });

  test('answers in the header of the edition, with the place under its name there', async () => {
    const { page, close } = await open(`${lang}/timeline/`);
    const translated = localise(report, lang).places.find((p) => p.id === armenian.place.id)!;
    await page.keyboard.press('/');
    await page.keyboard.type(armenian.name);
    await expect.poll(() => resultTitles(page, 'dialog')).toContain(translated.data.name);
    const href = await page.locator('dialog .search-result-title').first().getAttribute('href');
    expect(href).toBe(`${base}${lang}/places/${armenian.place.id}/`);
    await close();
  });
});

describe('the search page', () => {
  test('browses by filters alone, with counts that agree with the data', async () => {
    const { page, close } = await open('search/?type=event');
    await expect
      .poll(() => status(page).textContent())
      .toBe(`Browsing ${report.events.length} events, 1 filter applied, newest first.`);
    expect(await page.locator('[data-search-results] > li').count()).toBe(20);
    const latest = report.events
      .map((e) => e.data.date)
      .sort()
      .at(-1)!;
    expect(await page.locator('.search-result .search-date').first().textContent()).toBe(formatDate(latest));
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBe(40);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.matches(':nth-child(21)'))).toBe(true);
    expect(await count(page, 'type', 'event')).toBe(report.events.length);
    expect(await count(page, 'type', 'project')).toBe(report.projects.length);
    await close();
  });

  test('narrows to one sector’s projects in one place, and counts each facet against the others', async () => {
    const { page, close } = await open(`search/?type=project&place=${place}&sector=${sector}`);
    const expected = projectsOf(place, sector);
    await expect.poll(() => status(page).textContent()).toMatch(/filters applied/);
    expect(expected.length).toBeGreaterThan(0);
    expect((await resultTitles(page)).sort()).toEqual(expected.map((p) => p.data.name).sort());
    expect(await count(page, 'type', 'project')).toBe(expected.length);
    expect(await count(page, 'place', otherPlace)).toBe(projectsOf(otherPlace, sector).length);
    expect(await count(page, 'sector', otherSector)).toBe(projectsOf(place, otherSector).length);
    expect(await page.locator(`input[name="place"][value="${place}"]`).isChecked()).toBe(true);
    await close();
  });

  test('keeps the query and filters in the address: reload and Back restore them', async () => {
    const { page, close } = await open('search/');
    await page.locator('#search-field').fill(word);
    await expect.poll(() => page.url()).toBe(`${site.server.url}search/?q=${word}`);
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`results for “${word}”\\.$`));
    const all = await status(page).textContent();
    await page.getByRole('group', { name: 'Type' }).getByLabel('Projects').check();
    await expect.poll(() => page.url()).toBe(`${site.server.url}search/?q=${word}&type=project`);
    await expect.poll(() => status(page).textContent()).toMatch(/1 filter applied/);
    const narrowed = await status(page).textContent();
    expect(narrowed).not.toBe(all);
    const kinds = await page.locator('[data-search-results] .search-kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Project']));

    await page.reload();
    await expect.poll(() => status(page).textContent()).toBe(narrowed);
    expect(await page.locator('#search-field').inputValue()).toBe(word);
    expect(await page.locator('input[name="type"][value="project"]').isChecked()).toBe(true);

    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${site.server.url}search/?q=${word}`);
    await expect.poll(() => status(page).textContent()).toBe(all);
    expect(await page.locator('input[name="type"][value="project"]').isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => status(page).textContent()).toBe(narrowed);
    await close();
  });

  test('sorts by date, oldest first on request', async () => {
    const { page, close } = await open('search/?type=event&sort=oldest');
    await expect.poll(() => status(page).textContent()).toMatch(/oldest first/);
    const first = report.events.map((e) => e.data.date).sort()[0]!;
    expect(await page.locator('.search-result .search-date').first().textContent()).toBe(formatDate(first));
    expect(await page.locator('#search-sort').inputValue()).toBe('oldest');
    await close();
  });

  test('shows each result’s kind, date, status and a highlighted excerpt, and chapter sections', async () => {
    const { page, close } = await open(`search/?q=${word}`);
    await expect.poll(() => status(page).textContent()).toMatch(`results for “${word}”`);
    const project = page.locator('.search-result-project').first();
    expect(await project.locator('.search-kind').textContent()).toBe('Project');
    expect(await project.locator('.search-date').textContent()).toMatch(/^\d{1,2} \w+ \d{4}$|^\w+ \d{4}$/);
    expect(await project.locator('.status').count()).toBe(1);
    expect(await page.locator('.search-excerpt mark').count()).toBeGreaterThan(0);

    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(heading)}&type=chapter`);
    const section = page.locator('.search-result-chapter .search-section').first();
    expect(await section.getAttribute('href')).toMatch(new RegExp(`^${base}articles/[a-z-]+/#[a-z0-9-]+$`));
    await close();
  });

  test('does not shift the layout while the index loads and results arrive', async () => {
    const { page, close } = await open(`search/?q=${word}`);
    await expect.poll(() => status(page).textContent()).toMatch(/results/);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<
              PerformanceEntry & { value: number; hadRecentInput: boolean }
            >)
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    await close();
  });
});

describe('accessibility', () => {
  test.each(['light', 'dark'] as const)(
    'has no axe violations on the search page and in the dialog (%s)',
    async (theme) => {
      const { page, close } = await open(`search/?q=${word}&type=project`, { theme });
      await expect.poll(() => status(page).textContent()).toMatch(`results for “${word}”`);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(site.server.url);
      await page.keyboard.press('/');
      await page.keyboard.type(armenian.name);
      await expect.poll(() => dialogStatus(page).textContent()).toMatch(/results/);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    },
  );
});

describe('without JavaScript', () => {
  test('the header links to the search page, which offers the browsable lists', async () => {
    const { page, close } = await open('', { javaScriptEnabled: false });
    const link = page.locator('.header-tools a[data-search-link]');
    expect(await link.isVisible()).toBe(true);
    expect(await page.locator('.header-tools button[data-search-open]').isVisible()).toBe(false);
    await link.click();
    await page.waitForURL(`${site.server.url}search/`);
    expect(await page.getByRole('link', { name: busiest.data.name, exact: true }).getAttribute('href')).toBe(
      `${base}places/${busiest.id}/`,
    );
    expect(await page.locator('#search-field').isDisabled()).toBe(true);
    await close();
  });
});
