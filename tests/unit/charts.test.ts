import { describe, expect, test } from 'vitest';
import { budgetChart, budgetFinding } from '../../src/lib/charts/budget.ts';
import { casualtiesChart } from '../../src/lib/charts/casualties.ts';
import { deminingChart } from '../../src/lib/charts/demining.ts';
import { buildCharts, chartById } from '../../src/lib/charts/catalog.ts';
import { countByQuarter, eventsChart } from '../../src/lib/charts/events.ts';
import { hydropowerChart } from '../../src/lib/charts/hydropower.ts';
import { CHART_IDS, isChartId } from '../../src/lib/charts/ids.ts';
import { growthFinding } from '../../src/lib/charts/lines.ts';
import { countBySector, projectsChart } from '../../src/lib/charts/projects.ts';
import { returneesChart } from '../../src/lib/charts/returnees.ts';
import { gapNotes, type Measure } from '../../src/lib/charts/series.ts';
import { listing } from '../../src/lib/text.ts';
import { parseToken } from '../../src/lib/charts/theme.ts';
import {
  drawnRows,
  MAX_TRANSPORT_ROWS,
  shortName,
  transportChart,
  transportRows,
  wrapLabel,
} from '../../src/lib/charts/transport.ts';
import { chartUses } from '../../src/lib/charts/uses.ts';
import type { Report } from '../../src/lib/report.ts';
import { loadReportFrom } from '../support/report.ts';
import { emptyReport, event, point, project, series, source } from './charts-fixtures.ts';

const report = loadReportFrom('src/content');
type Dataset = { label: string; data: unknown[]; type?: string };

/** Every string under a key naming a colour, anywhere in a configuration. */
function colourValues(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /colou?r$/i.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => colourValues(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => colourValues(v, k));
  return [];
}

describe('the chart catalogue on the real content', () => {
  const charts = buildCharts(report);

  test('builds every chart id once, in gallery order', () => {
    expect(charts.map((c) => c.id)).toEqual([...CHART_IDS]);
    expect(isChartId('budget-by-year')).toBe(true);
    expect(isChartId('no-such-chart')).toBe(false);
    expect(() => chartById(report, 'no-such-chart')).toThrow(/no chart "no-such-chart"/);
  });

  test.each(CHART_IDS)('%s has a JSON-safe configuration whose colours are all design tokens', (id) => {
    const chart = chartById(report, id);
    expect(JSON.parse(JSON.stringify(chart.config))).toEqual(chart.config);
    const colours = colourValues(chart.config);
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(parseToken(colour), `${id}: ${colour}`).not.toBeNull();
  });

  test.each(CHART_IDS)('%s has a finding, a basis, an as-of date and a table with rows', (id) => {
    const chart = chartById(report, id);
    expect(chart.finding).toMatch(/^[A-Z0-9].+\.$/);
    expect(chart.finding.split(/\.\s/).length, 'one sentence').toBe(1);
    expect(chart.basis.length).toBeGreaterThan(40);
    expect(chart.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(chart.table.rows.length).toBeGreaterThan(0);
    for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
    expect(chart.sources.length > 0 || chart.records !== undefined, 'names where its numbers come from').toBe(true);
  });

  test('labels the series-based charts as official figures, and the counts of records as not', () => {
    expect(charts.filter((c) => c.official).map((c) => c.id)).toEqual([
      'budget-by-year',
      'demining-area',
      'mine-casualties',
      'returnees',
      'hydropower',
    ]);
  });
});

describe('the catalogue on other content', () => {
  test('leaves out a chart whose data is missing, says so, and fails when one is asked for by id', () => {
    const lines: string[] = [];
    const fixture = loadReportFrom('tests/fixtures/content');
    fixture.series = fixture.series.filter((s) => !s.id.startsWith('reconstruction-'));
    const charts = buildCharts(fixture, (line) => lines.push(line));
    expect(charts.map((c) => c.id)).not.toContain('budget-by-year');
    expect(charts).toHaveLength(CHART_IDS.length - 1);
    expect(lines[0]).toBe(
      '[charts] budget-by-year left out: chart data: no series "reconstruction-budget-initial" in src/content/series/',
    );
    expect(() => chartById(fixture, 'budget-by-year')).toThrow(/no chart "budget-by-year" in this build/);
  });

  test('fails loudly on anything but missing data', () => {
    const broken = emptyReport();
    broken.series.push(series('reconstruction-budget-initial', [point({ period: '2021', date: '2021', value: 1 })]));
    broken.series.push(series('reconstruction-budget-revised', [], { unit: 'million AZN' }));
    broken.series.push(series('reconstruction-spending-actual', []));
    expect(() => buildCharts(broken, () => {})).toThrow(/is in million AZN, expected units/);
  });
});

describe('the budget chart', () => {
  // Hand-made budget series: planned 2021–2023, a revision in 2022, spending for 2021–2022; other sources
  // give 2.1 for 2021 (differs from the 2.2 drawn), 3.0 for 2022 (the same as drawn) and a 2024 figure as text.
  const year = (y: string, value: number) => point({ period: y, date: y, value });
  const budget = {
    ...emptyReport(),
    series: [
      series('reconstruction-budget-initial', [year('2021', 2.2), year('2022', 3), year('2023', 3.5)], {
        unit: 'billion AZN',
        alternatives: [year('2021', 2.1), year('2022', 3)],
      }),
      series('reconstruction-budget-revised', [year('2022', 4.2)], { unit: 'billion AZN' }),
      series('reconstruction-spending-actual', [year('2021', 2), year('2022', 4.4)], {
        unit: 'billion AZN',
        notes: [{ text: '2024: 5.3 billion AZN reported in a speech, with no breakdown.', sources: [source] }],
      }),
    ],
  };
  const chart = budgetChart(budget);
  const bars = chart.config.data.datasets as unknown as Dataset[];

  test('draws every year any series has, planned, revised and spent, with a gap where a year has no figure', () => {
    expect(chart.config.data.labels).toEqual(['2021', '2022', '2023']);
    expect(bars.slice(0, 3).map((b) => b.data)).toEqual([
      [2.2, 3, 3.5],
      [null, 4.2, null],
      [2, 4.4, null],
    ]);
  });

  test('marks other sources’ figures only where they differ from the one drawn', () => {
    const others = bars[3]!.data as Array<{ x: string; y: number }>;
    expect(others.map((o) => [o.x, o.y])).toEqual([['2021', 2.1]]);
  });

  test('lists every value in its table, alternatives included, and says which years have no figure', () => {
    expect(chart.table.rows.map((r) => r[2]!.value)).toEqual(expect.arrayContaining([2.2, 3, 3.5, 4.2, 2, 4.4, 2.1]));
    expect(chart.notes.map((n) => n.text)).toContain(
      'Spent (execution reports): no figure for 2023 in the data; the chart leaves it out.',
    );
  });

  test('states the finding from the data', () => {
    expect(chart.finding).toBe(
      'Planned money rose from 2.2 billion AZN for 2021 to 3.5 billion AZN for 2023; the most spent in one year was 4.4 billion AZN, in 2022, against 3 billion AZN first planned.',
    );
  });

  test('says so when there is no yearly figure at all, or one only', () => {
    expect(budgetFinding({ planned: new Map(), spent: new Map() }, 'billion AZN')).toBe(
      'No yearly budget figure is recorded yet.',
    );
    const one = new Map([['2021', point({ period: '2021', date: '2021', value: 2.2 })]]);
    expect(budgetFinding({ planned: one, spent: new Map() }, 'billion AZN')).toBe(
      'The budget law planned 2.2 billion AZN for 2021.',
    );
  });
});

describe('line charts over time', () => {
  test('place each dated value at its decimal year, with the period for the tooltip', () => {
    const area = (id: string) =>
      series(id, [point({ period: '2021-10-15', date: '2021-10-15', value: 12.5 })], { unit: 'km²' });
    const chart = deminingChart({
      ...emptyReport(),
      series: [area('demining-area-cumulative'), area('demining-army-engineer-units-cumulative')],
    });
    const [all] = chart.config.data.datasets as unknown as Dataset[];
    // 15 October 2021 is day 288 of 365; the middle of that day is 2021 + 287.5 / 365 = 2021.7877
    expect((all!.data as Array<{ x: number; y: number; label: string }>)[0]).toEqual({
      x: 2021.7877,
      y: 12.5,
      label: '15 October 2021',
    });
  });

  test('leave out a total the source did not give, draw its parts, and say so', () => {
    // Hand-made: the first count gives only its parts, the second a total and one part, the third a total.
    const casualties = {
      ...emptyReport(),
      series: [
        series(
          'mine-casualties-cumulative',
          [
            point({ period: '2021-10-15', date: '2021-10-15', value: null, parts: { killed: 30, injured: 100 } }),
            point({ period: '2022-11-17', date: '2022-11-17', value: 200, parts: { killed: 40 } }),
            point({ period: '2024-11-30', date: '2024-11-30', value: 300, parts: { killed: 60 } }),
          ],
          { unit: 'people' },
        ),
      ],
    };
    const chart = casualtiesChart(casualties);
    const [total, killed, injured] = chart.config.data.datasets as unknown as Array<{ data: Array<{ y: number }> }>;
    expect(total!.data.map((p) => p.y)).toEqual([200, 300]);
    expect(killed!.data.map((p) => p.y)).toEqual([30, 40, 60]);
    expect(injured!.data.map((p) => p.y)).toEqual([100]);
    expect(chart.notes[0]!.text).toBe('Killed or injured: not given for 15 October 2021; the chart leaves it out.');
    expect(chart.finding).toBe(
      'By 30 November 2024, 300 people had been killed or injured by mines and unexploded ordnance since the ceasefire, 60 of them killed.',
    );
  });

  test('keep the returnees and the wider count of residents apart', () => {
    const chart = returneesChart(report);
    expect((chart.config.data.datasets as unknown as Dataset[]).map((d) => d.label)).toEqual([
      'Former displaced people resettled',
      'Everyone living there, with workers and officials',
    ]);
  });

  test('read a finding for one point, a fall and a flat line', () => {
    const measure = (values: Array<number | null>): Measure => ({
      label: 'Cleared',
      points: values.map((value, i) =>
        point({ period: `202${i}`, date: `202${i}`, value, parts: value === null ? { x: 1 } : undefined }),
      ),
    });
    expect(growthFinding('The area', measure([5]), 'ha')).toBe(
      'The area was 5 ha (2020), the only dated figure recorded.',
    );
    expect(growthFinding('The area', measure([9, null, 4]), 'ha')).toBe(
      'The area fell from 9 ha (2020) to 4 ha (2022).',
    );
    expect(growthFinding('The area', measure([3, 3]), 'ha')).toBe('The area stayed at 3 ha (2020) to 2021.');
    expect(growthFinding('The area', measure([]), 'ha')).toBe('The area: no dated figure is recorded yet.');
    expect(gapNotes([measure([1, null, null])])).toEqual([
      { text: 'Cleared: not given for 2021 and 2022; the chart leaves these out.' },
    ]);
  });
});

describe('hydropower', () => {
  test('draws plants at every count and capacity only where the count gives it', () => {
    // Hand-made: a first count without capacity, a second with it.
    const hydro = {
      ...emptyReport(),
      series: [
        series(
          'hydropower-plants',
          [
            point({ period: '2022-05-01', date: '2022-05-01', value: 10 }),
            point({ period: '2025-03-01', date: '2025-03-01', value: 20, parts: { capacityMW: 150 } }),
          ],
          { unit: 'plants' },
        ),
      ],
    };
    const chart = hydropowerChart(hydro);
    const [plants, capacity] = chart.config.data.datasets as unknown as Dataset[];
    expect(plants!.data).toEqual([10, 20]);
    expect(capacity!.data).toEqual([null, 150]);
    expect(chart.notes[0]!.text).toBe('Total capacity: not given for 1 May 2022; the chart leaves it out.');
    expect(chart.table.rows.map((r) => [r[1]!.text, r[2]!.value, r[3]!.text])).toEqual([
      ['Plants in operation', 10, 'plants'],
      ['Plants in operation', 20, 'plants'],
      ['Total capacity', 150, 'MW'],
    ]);
  });
});

describe('projects by sector and status', () => {
  test('counts every project once, sectors with most projects first', () => {
    const rows = countBySector(report);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(report.projects.length);
    expect(rows.map((r) => r.total)).toEqual([...rows.map((r) => r.total)].sort((a, b) => b - a));
    const transport = report.projects.filter((p) => p.data.sector === 'transport');
    expect(rows.find((r) => r.sector === 'transport')!.counts.operational).toBe(
      transport.filter((p) => p.data.status === 'operational').length,
    );
    expect(projectsChart(emptyReport()).finding).toBe('No project is recorded yet.');
  });
});

describe('transport promises', () => {
  // Hand-made: an airport announced, built and opened; a railway under construction with a promise for 2024, and an
  // energy project that is not transport.
  const promise = (id: string, target: string, projectId: string) =>
    ({
      id,
      data: {
        target,
        targetText: undefined,
        projects: [{ collection: 'projects', id: projectId }],
        outcome: 'not-met',
        outcomeAsOf: '2025-01-01',
        sources: [],
      },
    }) as unknown as Report['commitments'][number];
  const transport: Report = {
    ...emptyReport(),
    projects: [
      project(
        'test-airport',
        'transport',
        [
          { date: '2021-10-26', marks: 'operational' },
          { date: '2021-01' },
          { date: '2021-01-14', marks: 'under-construction' },
        ],
        'operational',
      ),
      project('test-railway', 'transport', [{ date: '2022-03', marks: 'under-construction' }]),
      project('test-plant', 'energy', [{ date: '2020-05', marks: 'under-construction' }]),
    ],
    commitments: [promise('railway-2024', '2024', 'test-railway')],
  };
  const rows = transportRows(transport);

  test('runs each transport project from its first milestone to the one that marks it open', () => {
    expect(rows.map((r) => r.project.id)).toEqual(['test-airport', 'test-railway']);
    expect([rows[0]!.start, rows[0]!.works, rows[0]!.opened]).toEqual(['2021-01', '2021-01-14', '2021-10-26']);
    expect([rows[1]!.start, rows[1]!.works, rows[1]!.opened]).toEqual(['2022-03', '2022-03', undefined]);
    expect(rows[1]!.promises.map((c) => c.id)).toEqual(['railway-2024']);
  });

  test('draws at most 30 projects, those with a promised deadline first, and says how many of all it shows', () => {
    const r = emptyReport();
    for (let i = 0; i < 40; i++)
      r.projects.push(project(`test-road-${10 + i}`, 'transport', [{ date: `${2021 + (i % 4)}-0${1 + (i % 9)}` }]));
    r.commitments.push(promise('road-promise', '2026', 'test-road-10'));
    const all = transportRows(r);
    const drawn = drawnRows(all);
    expect(drawn).toHaveLength(MAX_TRANSPORT_ROWS);
    expect(drawn.map((row) => row.project.id)).toContain('test-road-10'); // begun earliest, kept for its promise
    expect(drawn).toEqual(all.filter((row) => drawn.includes(row))); // in the chart's order
    const latest = [...all].sort((a, b) => b.start.localeCompare(a.start))[0]!;
    expect(drawn).toContain(latest);
    const chart = transportChart(r);
    expect(chart.table.rows).toHaveLength(MAX_TRANSPORT_ROWS);
    expect(chart.notes[0]!.text).toBe(
      'The chart and its table show 30 of the 40 transport projects: those with a promised deadline first, then the most recently begun. Every project is in the open data.',
    );
    expect(chart.finding).toMatch(/^0 of 40 transport projects have opened/);
    expect(drawnRows(rows)).toBe(rows); // the real report's few are all drawn
  });

  test('puts each deadline on its project’s row, at the end of the period promised', () => {
    const chart = transportChart(transport);
    const deadlines = (chart.config.data.datasets as unknown as Dataset[]).find(
      (d) => d.label === 'Promised deadline',
    )!;
    expect(deadlines.data).toEqual([null, 2025]);
    expect(chart.finding).toBe('1 of 2 transport projects have opened; of 1 promise about them, 1 was not met.');
  });

  test('draws a second promise for one project as its own series, and notes a project with one milestone', () => {
    const r = emptyReport();
    r.projects.push(project('test-road', 'transport', [{ date: '2021-05', marks: 'under-construction' }]));
    for (const [id, target] of [
      ['first', '2022'],
      ['second', '2023-06'],
    ] as const) {
      r.commitments.push({
        id,
        data: {
          target,
          targetText: undefined,
          projects: [{ collection: 'projects', id: 'test-road' }],
          outcome: 'not-met',
          outcomeAsOf: '2024-01-01',
          sources: [],
        },
      } as unknown as Report['commitments'][number]);
    }
    const chart = transportChart(r);
    const sets = chart.config.data.datasets as unknown as Dataset[];
    expect(sets.map((d) => d.label)).toEqual([
      'First step to opening',
      'Not open at the latest report',
      'Promised deadline',
      'Another promised deadline',
    ]);
    expect(sets[2]!.data).toEqual([2023]);
    expect(sets[3]!.data).toEqual([2023.4959]);
    expect(chart.notes[0]!.text).toBe('Test road: only one milestone is recorded, so its bar has no length.');
    expect(chart.finding).toBe('0 of 1 transport projects have opened; of 2 promises about them, 2 were not met.');
  });

  test('shortens and wraps names for the axis', () => {
    expect(shortName('Victory Road (Ahmadbayli–Fuzuli–Shusha road)')).toBe('Victory Road');
    expect(wrapLabel('Horadiz–Jabrayil–Zangilan–Aghband highway')).toEqual([
      'Horadiz–Jabrayil–',
      'Zangilan–Aghband',
      'highway',
    ]);
    expect(wrapLabel('Airport')).toEqual(['Airport']);
  });
});

describe('events per quarter', () => {
  test('counts every dated event in its quarter, with empty quarters as zero', () => {
    const r = emptyReport();
    r.events.push(
      event('a', '2020-09-27', 'conflict'),
      event('b', '2020-09-30', 'conflict'),
      event('c', '2021-02', 'return'),
      event('d', '2021', 'economy'),
    );
    const { quarters, undated } = countByQuarter(r);
    expect(quarters.map((q) => [q.quarter, q.total])).toEqual([
      ['2020-Q3', 2],
      ['2020-Q4', 0],
      ['2021-Q1', 1],
    ]);
    expect(undated.map((e) => e.id)).toEqual(['d']);
  });

  test('leaves out an event known only by its year, and says which', () => {
    const r = emptyReport();
    r.events.push(event('a', '2021-02-03', 'conflict'), event('b', '2021', 'economy'), event('c', '2021-08', 'return'));
    const chart = eventsChart(r);
    expect(chart.config.data.labels).toEqual(['Q1 2021', 'Q2 2021', 'Q3 2021']);
    expect(chart.table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['Q1 2021', '1', '0', '1'],
      ['Q2 2021', '0', '0', '0'],
      ['Q3 2021', '0', '1', '1'],
    ]);
    expect(chart.notes).toEqual([{ text: 'Left out, because only their year is known: Event b (2021).' }]);
    expect(eventsChart(emptyReport()).finding).toBe('No dated event is recorded yet.');
  });
});

describe('helpers', () => {
  test('list items the way a sentence does', () => {
    expect(listing([])).toBe('');
    expect(listing(['a'])).toBe('a');
    expect(listing(['a', 'b', 'c'])).toBe('a, b and c');
  });

  test('find the chapters that show each chart', () => {
    const uses = chartUses([
      {
        id: 'two',
        body: '<Chart id="returnees" />\n`<Chart id="budget-by-year" />`',
        data: { title: 'Two', chapter: 2 },
      },
      { id: 'one', body: '<Chart id="returnees" /> <Chart id="returnees" />', data: { title: 'One', chapter: 1 } },
    ]);
    expect(uses.get('returnees')).toEqual([
      { id: 'one', title: 'One' },
      { id: 'two', title: 'Two' },
    ]);
    expect(uses.has('budget-by-year'), 'code is not a use').toBe(false);
  });
});
