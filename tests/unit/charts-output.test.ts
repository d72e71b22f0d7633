import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { buildCharts } from '../../src/lib/charts/catalog.ts';
import { csvFile, tableRows } from '../../src/lib/charts/csv.ts';
import { csvField, toCsv } from '../../src/lib/csv.ts';
import { chartPayload, chartSvg } from '../../src/lib/charts/figure.ts';
import { renderChartSvg } from '../../src/lib/charts/draw-svg.ts';
import { finishSvg, shortenNumbers, themeColours, tokenClass } from '../../src/lib/charts/svg.ts';
import { parseToken, resolveTokens, sentinelFor, token, tokensIn } from '../../src/lib/charts/theme.ts';
import { deadlineYear, decimalYear, quarterOf, quarterRange } from '../../src/lib/charts/time.ts';
import type { ChartTable } from '../../src/lib/charts/types.ts';
import { loadReportFrom } from '../support/report.ts';

const report = loadReportFrom('src/content');

describe('CSV', () => {
  test('quotes what needs quoting and writes numbers as numbers, in both formats', () => {
    for (const format of ['data', 'spreadsheet'] as const) {
      expect(csvField('plain', format)).toBe('plain');
      expect(csvField('a, b', format)).toBe('"a, b"');
      expect(csvField('say "more"', format)).toBe('"say ""more"""');
      expect(csvField('two\nlines', format)).toBe('"two\nlines"');
      expect(csvField(4.8558, format)).toBe('4.8558');
      expect(csvField(null, format)).toBe('');
      expect(() => csvField(Number.NaN, format)).toThrow(/finite/);
    }
  });

  test('keeps spreadsheet formulas from running in the spreadsheet format, and data exact in the data format', () => {
    expect(csvField('=HYPERLINK("x")', 'spreadsheet')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1', 'spreadsheet')).toBe("'+1");
    expect(csvField('-', 'spreadsheet')).toBe("'-");
    expect(csvField('@cmd', 'spreadsheet')).toBe("'@cmd");
    expect(csvField('-5', 'data')).toBe('-5');
    expect(csvField('=x', 'data')).toBe('=x');
  });

  test('writes CRLF lines and a final line end; a spreadsheet file leads with a byte-order mark', () => {
    expect(
      toCsv(
        ['k', 'v'],
        [
          ['a', 1],
          ['b', null],
        ],
      ),
    ).toBe('k,v\r\na,1\r\nb,\r\n');
    expect(toCsv(['k', 'v'], [['a', 1]], 'spreadsheet')).toBe('\uFEFFk,v\r\na,1\r\n');
    const table: ChartTable = {
      columns: [{ label: 'Year' }, { label: 'Value', numeric: true }, { label: 'Source' }, { label: 'Page' }],
      rows: [
        [
          { text: '2021' },
          { text: '2.2', value: 2.2 },
          { text: 'Trend', href: 'https://en.trend.az/x' },
          { text: 'Fuzuli', href: '/places/fuzuli/', internal: true },
        ],
        [{ text: '2022' }, { text: '—', value: null }, { text: '' }, { text: '' }],
      ],
    };
    expect(tableRows(table)).toEqual({
      header: ['Year', 'Value', 'Source', 'Source URL', 'Page'],
      rows: [
        ['2021', 2.2, 'Trend', 'https://en.trend.az/x', 'Fuzuli'],
        ['2022', null, '', '', ''],
      ],
    });
    expect(csvFile(table)).toBe(
      '\uFEFFYear,Value,Source,Source URL,Page\r\n2021,2.2,Trend,https://en.trend.az/x,Fuzuli\r\n2022,,,,\r\n',
    );
  });

  test.each(buildCharts(report).map((c) => [c.id, c] as const))('%s parses back to its table', (_id, chart) => {
    const rows = parseCsv(csvFile(chart.table), { bom: true }) as string[][];
    expect(rows).toHaveLength(chart.table.rows.length + 1);
    const valueColumns = chart.table.columns.flatMap((c, i) => (c.numeric ? [i] : []));
    const header = rows[0]!;
    for (const i of valueColumns) {
      const at = header.indexOf(chart.table.columns[i]!.label);
      expect(rows.slice(1).map((r) => (r[at] === '' ? null : Number(r[at])))).toEqual(
        chart.table.rows.map((r) => r[i]!.value ?? null),
      );
    }
  });
});

describe('colour tokens', () => {
  test('are written and read back, with an opacity or without', () => {
    expect(token('--accent')).toBe('var(--accent)');
    expect(parseToken(token('--accent', 0.3))).toEqual({ name: '--accent', alpha: 0.3 });
    expect(parseToken('var(--text)')).toEqual({ name: '--text', alpha: 1 });
    expect(parseToken('#ff0000')).toBeNull();
    expect(parseToken('var(--x) 2')).toBeNull();
  });

  test('are replaced everywhere in a configuration, and listed once each', () => {
    const config = { a: 'var(--text)', b: [{ c: 'var(--line) 0.5' }, 3, null], d: 'label' };
    expect(resolveTokens(config, (t) => `${t.name}@${t.alpha}`)).toEqual({
      a: '--text@1',
      b: [{ c: '--line@0.5' }, 3, null],
      d: 'label',
    });
    expect(tokensIn([config, { e: 'var(--text)' }])).toEqual(['--text', '--line']);
    expect(sentinelFor(0)).toBe('#0b0d00');
    expect(() => sentinelFor(256)).toThrow(/too many colour tokens/);
  });
});

describe('the SVG step', () => {
  const sentinels = new Map([
    ['--text', '#0b0d00'],
    ['--line', '#0b0d01'],
  ]);

  test('turns sentinel colours into token classes (no inline styles) and refuses any other colour', () => {
    expect(themeColours('<path fill="#0B0D00" stroke="#0b0d01" d="M0 0"/>', sentinels)).toBe(
      '<path d="M0 0" class="tf-text ts-line"/>',
    );
    expect(themeColours('<path fill="none" stroke="#0B0D01"/>', sentinels)).toBe('<path fill="none" class="ts-line"/>');
    expect(() => themeColours('<rect fill="#666666"/>', sentinels)).toThrow(/not design tokens: fill="#666666"/);
  });

  test('gives the picture a viewBox, a role, a title and a desc, and makes its ids unique, numbered per drawing (Skia numbers them per process)', () => {
    const raw =
      '<?xml version="1.0" encoding="utf-8" ?><svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><rect fill-opacity="0" width="300" height="150"/><clipPath id="cl_3"><rect width="12.3456" height="5"/></clipPath><g clip-path="url(#cl_3)"><text fill="#0B0D00" font-size="13" font-family="Liberation Sans" x="1.23456, 9.87654, " y="20.5, ">A &amp; B</text></g></svg>';
    const svg = finishSvg(raw, sentinels, {
      idPrefix: 'c1',
      title: 'Budget <2021>',
      desc: 'Rose.',
      fontFamily: 'Arial',
    });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150" role="img" aria-labelledby="c1-title c1-desc" font-family="Arial">' +
        '<title id="c1-title">Budget &lt;2021&gt;</title><desc id="c1-desc">Rose.</desc>' +
        '<clipPath id="c1-c1"><rect width="12.3" height="5"/></clipPath><g clip-path="url(#c1-c1)">' +
        '<text font-size="13" x="1.2, 9.9" y="20.5" class="tf-text">A &amp; B</text></g></svg>',
    );
    expect(shortenNumbers('M12.673828 331.5L-0.04 2')).toBe('M12.7 331.5L0 2');
  });
});

describe('drawing with Chart.js on the SVG canvas', () => {
  test.each(buildCharts(report).map((c) => [c.id, c] as const))(
    '%s draws text and shapes in token colours only',
    (_id, chart) => {
      const svg = renderChartSvg(chart.config, {
        width: chart.size.wide[0],
        height: chart.size.wide[1],
        fontSize: 13,
        idPrefix: 'x',
        title: chart.title,
        desc: chart.finding,
      });
      expect(svg).toMatch(
        /^<svg [^>]*role="img"[^>]*><title id="x-title">[^<]+<\/title><desc id="x-desc">[^<]+<\/desc>/,
      );
      expect(svg).toContain(`viewBox="0 0 ${chart.size.wide[0]} ${chart.size.wide[1]}"`);
      expect(svg.match(/<text /g)?.length ?? 0).toBeGreaterThan(5);
      expect(svg).not.toMatch(/(fill|stroke)="#/);
      expect(svg).not.toContain('style=');
      expect(svg).toMatch(/class="tf-/);
    },
  );

  test('draws each chart once per layout and reuses the drawing', () => {
    const chart = buildCharts(report)[0]!;
    expect(chartSvg(chart, 'wide')).toBe(chartSvg(chart, 'wide'));
    expect(chartSvg(chart, 'narrow')).toContain('id="chart-budget-by-year-narrow-title"');
  });

  test('hands the browser the same configuration, safe inside a script element', () => {
    const chart = { ...buildCharts(report)[0]!, title: '</script><script>alert(1)</script>' };
    const json = chartPayload(chart);
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({
      config: chart.config,
      unit: chart.unit,
      title: chart.title,
      finding: chart.finding,
    });
  });
});

describe('time on the axis', () => {
  test('places days, months and years at their middle, and deadlines at their end', () => {
    expect(decimalYear('2021-01-01')).toBe(2021.0014);
    expect(decimalYear('2024-12')).toBe(2024.9577);
    expect(decimalYear('2023')).toBe(2023.5);
    expect(deadlineYear('2023')).toBe(2024);
    expect(deadlineYear('2022-06')).toBe(2022.4959);
  });

  test('knows the quarter of a month or a day, not of a year', () => {
    expect(quarterOf('2020-09-27')).toBe('2020-Q3');
    expect(quarterOf('2021-10')).toBe('2021-Q4');
    expect(quarterOf('2021')).toBeNull();
    expect(quarterRange('2020-Q4', '2021-Q2')).toEqual(['2020-Q4', '2021-Q1', '2021-Q2']);
    expect(quarterRange('2021-Q1', '2021-Q1')).toEqual(['2021-Q1']);
  });
});

describe('token classes', () => {
  const css = readFileSync('src/components/charts/chart-tokens.css', 'utf8');
  const colourTokens = [
    ...readFileSync('src/styles/tokens.css', 'utf8').matchAll(/^\s+(--[a-z0-9-]+): light-dark\(/gm),
  ].map((m) => m[1]!);

  test('cover every colour token of the design, as fill and as stroke', () => {
    expect(colourTokens.length).toBeGreaterThan(20);
    for (const token of colourTokens) {
      expect(css, token).toContain(`.chart-svg .${tokenClass('fill', token)} {\n  fill: var(${token});`);
      expect(css, token).toContain(`.chart-svg .${tokenClass('stroke', token)} {\n  stroke: var(${token});`);
    }
  });

  test('include every token the charts use', () => {
    const used = new Set(buildCharts(report).flatMap((c) => tokensIn(c.config)));
    expect([...used].filter((t) => !colourTokens.includes(t))).toEqual([]);
  });
});
