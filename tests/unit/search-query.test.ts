import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { checkContent } from '../../src/lib/integrity/index.ts';
import { browseGroups } from '../../src/lib/search/browse.ts';
import { chapterDocument, chapterRecord } from '../../src/lib/search/chapter-documents.ts';
import { excerptParts } from '../../src/lib/search/excerpt.ts';
import { reportFromCheck } from '../../src/lib/report-from-check.ts';
import { emptyState, formatState, isEmpty, pagefindOptions, parseState } from '../../src/lib/search/query.ts';
import { loadReportFrom } from '../support/report.ts';

const report = loadReportFrom('src/content');

describe('the search state in the URL', () => {
  test('reads the query, filters and order the form submits', () => {
    const state = parseState('?q=+Fuzuli++airport&type=project&place=fuzuli&place=zangilan&sort=newest');
    expect(state).toEqual({
      q: 'Fuzuli airport',
      filters: { type: ['project'], place: ['fuzuli', 'zangilan'], sector: [], status: [], year: [] },
      sort: 'newest',
    });
  });

  test('round-trips: written, then read, a state is the same state', () => {
    const state = parseState('q=Cəbrayıl&year=2021&status=under-construction&sector=energy&sort=oldest');
    expect(parseState(formatState(state))).toEqual(state);
    expect(formatState(state)).toBe(
      'q=C%C9%99bray%C4%B1l&sector=energy&status=under-construction&year=2021&sort=oldest',
    );
  });

  test('drops unknown names, malformed values, repeats and the default order', () => {
    const state = parseState('utm=x&type=project&type=project&place=%3Cscript%3E&sort=random');
    expect(state.filters.type).toEqual(['project']);
    expect(state.filters.place).toEqual([]);
    expect(state.sort).toBe('relevance');
    expect(formatState(state)).toBe('type=project');
    expect(formatState(emptyState())).toBe('');
    expect(isEmpty(parseState(''))).toBe(true);
    expect(isEmpty(parseState('year=2020'))).toBe(false);
  });
});

describe('Pagefind options for a state', () => {
  const state = parseState('q=road&place=fuzuli&place=shusha&sector=transport');

  test('let values of one facet be alternatives, and facets narrow each other', () => {
    expect(pagefindOptions(state)).toEqual({
      filters: { place: { any: ['fuzuli', 'shusha'] }, sector: { any: ['transport'] } },
    });
  });

  test('leave one facet out to count its values against the others', () => {
    expect(pagefindOptions(state, 'place')).toEqual({ filters: { sector: { any: ['transport'] } } });
  });

  test('rank by match for a query, and list newest first when browsing by filters', () => {
    expect(pagefindOptions(state).sort).toBeUndefined();
    expect(pagefindOptions(parseState('type=event')).sort).toEqual({ date: 'desc' });
    expect(pagefindOptions(parseState('q=road&sort=oldest')).sort).toEqual({ date: 'asc' });
    expect(pagefindOptions(parseState('q=road&sort=newest')).sort).toEqual({ date: 'desc' });
  });
});

describe('excerpts', () => {
  test('split into text and marked matches, with escaped brackets restored', () => {
    expect(excerptParts('The <mark>FZL</mark> airport &lt;new&gt; & <mark>open.</mark>')).toEqual([
      { text: 'The ', marked: false },
      { text: 'FZL', marked: true },
      { text: ' airport <new> & ', marked: false },
      { text: 'open.', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<b>not a mark</b>')).toEqual([{ text: '<b>not a mark</b>', marked: false }]);
  });
});

describe('a chapter’s document for the index', () => {
  const article = report.articles.find((a) => a.id === 'transport')!;
  const record = chapterRecord(article, report);

  test('puts title and description before the body, and drops the page’s own h1', () => {
    const html = chapterDocument(
      record,
      '<p class="kicker">Chapter 3</p><h1>Old title</h1><h2 id="airports">Airports</h2>',
    );
    expect(html).toContain(`<main data-pagefind-body><h1>${record.meta.title}</h1><p>`);
    expect(html).not.toContain('Old title');
    expect(html.indexOf('<h2 id="airports">')).toBeGreaterThan(html.indexOf(record.content.slice(0, 20)));
  });

  test('carries meta, filters and the sort key outside the indexed body, escaped', () => {
    const tricky = { ...record, meta: { ...record.meta, title: 'Roads, "tunnels" & <rails>' } };
    const html = chapterDocument(tricky, '');
    expect(html).toContain('<span data-pagefind-meta="title">Roads, &quot;tunnels&quot; &amp; &lt;rails&gt;</span>');
    expect(html).toContain('<span data-pagefind-filter="type">chapter</span>');
    expect(html).toContain('<span data-pagefind-filter="place">fuzuli</span>');
    expect(html).toContain(`<span data-pagefind-sort="date">${record.sort.date}</span>`);
    expect(html).not.toContain('data-pagefind-meta="status"'); // empty fields are left out
    expect(html.indexOf('data-pagefind-filter')).toBeGreaterThan(html.indexOf('</main>'));
  });
});

describe('the browsable index', () => {
  test('offers every kind, place, sector with projects, year and category', () => {
    const groups = browseGroups(report);
    expect(groups.map((g) => g.heading)).toEqual([
      'By kind',
      'Projects and events by place',
      'Projects by sector',
      'Timeline by year',
      'Timeline by category',
    ]);
    expect(groups[1]!.links).toHaveLength(report.places.length);
    const years = groups[3]!.links.reduce((n, l) => n + (l.count ?? 0), 0);
    expect(years).toBe(report.events.length);
    expect(groups[2]!.links.every((l) => l.path.startsWith('/projects/#sector-'))).toBe(true);
  });
});

describe('the report read for the index builder', () => {
  test('holds what the site publishes, drafts left out', () => {
    const { records } = checkContent(readContentFiles(process.cwd(), 'src/content'), '2100-01-01');
    const fromCheck = reportFromCheck(records);
    expect(fromCheck.projects.map((p) => p.id).sort()).toEqual(report.projects.map((p) => p.id).sort());
    expect(fromCheck.events).toHaveLength(report.events.length);
    expect(fromCheck.articles.map((a) => a.data.chapter)).toEqual(
      [...fromCheck.articles.map((a) => a.data.chapter)].sort((a, b) => a - b),
    );
    expect(fromCheck.places[0]!.data.altNames.length).toBeGreaterThan(0);
    expect(fromCheck.events[0]!.data.places[0]).toEqual({ collection: 'places', id: expect.any(String) });
  });

  test('leaves draft chapters out', () => {
    const draft = {
      collection: 'articles',
      id: 'draft-chapter',
      file: 'x.mdx',
      text: '',
      data: { title: 'Draft', chapter: 99, draft: true, places: [], projects: [], events: [] },
    };
    expect(reportFromCheck([draft]).articles).toEqual([]);
  });
});
