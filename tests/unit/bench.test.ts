import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.ts';
import { lineStamper, phases } from '../../scripts/bench/phases.ts';
import { routeKind, routeProfile } from '../../scripts/bench/routes.ts';
import { costPlot, niceMax } from '../../scripts/bench/plot.ts';
import { growth, median } from '../../scripts/bench/stats.ts';
import { countsFor, syntheticReport } from '../../scripts/bench/synthetic.ts';
import { checkContent } from '../../src/lib/integrity/index.ts';
import { scanComponents } from '../../src/lib/mdx-scan.ts';

const report = syntheticReport(300);
const asContent = (files: typeof report) =>
  files.map((f) => ({ collection: f.path.split('/')[0]!, file: `bench/${f.path}`, text: f.text }));

describe('the synthetic report', () => {
  test('passes the content check the build runs, at the bench’s smallest size too', () => {
    const { problems, records } = checkContent(asContent(report), '2026-01-01');
    expect(problems).toEqual([]);
    expect(records).toHaveLength(report.length);
    // 1,000 records hold ten chapters: enough for one to draw its sources above the source-mix ceiling.
    expect(checkContent(asContent(syntheticReport(1000)), '2026-01-01').problems).toEqual([]);
  });

  test('has places, projects and events in the real report’s proportions, and chapters for 1% of them', () => {
    expect(countsFor(1000)).toMatchObject({ places: 110, projects: 390, events: 500, chapters: 10 });
    const count = (collection: string) => report.filter((f) => f.path.startsWith(`${collection}/`)).length;
    expect(count('places') + count('projects') + count('events')).toBe(300);
    expect(count('articles')).toBe(3);
  });

  test('is marked synthetic in every id and every name', () => {
    for (const file of report) expect(file.path).toMatch(/^\w+\/synthetic-[a-z]+-\d+\.(json|mdx)$/);
    for (const file of report.filter((f) => /^(places|projects)\//.test(f.path))) {
      expect(JSON.parse(file.text).name).toMatch(/^Synthetic /);
    }
  });

  test('is the same on every run', () => {
    expect(syntheticReport(300)).toEqual(report);
  });

  test('writes chapters that use every chapter component, <StatusCounts> in one chapter of ten', () => {
    const chapters = report.filter((f) => f.path.endsWith('.mdx'));
    const uses = chapters.map((c) => new Set(scanComponents(c.text.split('---\n')[2]!).map((u) => u.name)));
    const common = [
      'Callout',
      'Cite',
      'Commitment',
      'EventLink',
      'Figure',
      'PlaceLink',
      'ProjectCard',
      'ProjectLink',
      'Quote',
    ];
    for (const used of uses) expect([...used].filter((n) => n !== 'StatusCounts').sort()).toEqual(common);
    expect(uses.map((used) => used.has('StatusCounts'))).toEqual(chapters.map((_, i) => (i + 1) % 10 === 1));
    for (const chapter of chapters) expect(chapter.text.split(/\s+/).length).toBeGreaterThan(900);
  });
});

describe('the benchmark’s arithmetic', () => {
  test('takes the median of odd and even runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('finds linear growth linear, and quadratic growth accelerating', () => {
    const linear = growth([1000, 5000, 10000].map((size) => ({ size, cost: 2000 + 3 * size })))!;
    expect(linear.perRecord).toBeCloseTo(3);
    expect(linear.fixed).toBeCloseTo(2000);
    expect(linear.r2).toBeCloseTo(1);
    expect(linear.acceleration).toBeCloseTo(1);
    const quadratic = growth([1000, 5000, 10000].map((size) => ({ size, cost: size * size * 1e-3 })))!;
    expect(quadratic.acceleration).toBeGreaterThan(2);
  });

  test('needs two sizes for a line and three for its acceleration', () => {
    expect(growth([{ size: 1000, cost: 1 }])).toBeNull();
    expect(
      growth([
        { size: 1000, cost: 1 },
        { size: 2000, cost: 2 },
      ])!.acceleration,
    ).toBeNull();
  });

  test('draws both builds on round axes', () => {
    expect([niceMax(0.3), niceMax(7), niceMax(10), niceMax(10001)]).toEqual([0.5, 10, 10, 20000]);
    const svg = costPlot([
      { records: 1000, site: { seconds: 10, gb: 0.8 }, baseline: { seconds: 8, gb: 0.7 } },
      { records: 5000, site: { seconds: 30, gb: 1.2 }, baseline: { seconds: 20, gb: null } },
    ]);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<title id="t">');
    expect(svg.match(/<polyline /g)).toHaveLength(4);
  });
});

describe('a build’s phases', () => {
  const log = [
    [900, '18:02:39 [report-integrity] 2066 records checked: no problems'],
    [1000, '18:02:40 \x1b[34m[content]\x1b[0m Syncing content'],
    [3000, '18:02:40 [build] Building static entrypoints...'],
    [4000, '18:02:41 [build] Rearranging server assets...'],
    [6000, '18:02:43 \u2713 Completed in 2.36s.'],
    [6500, '18:02:43 [build] \u2713 Completed in 3.25s.'],
    [8000, '18:02:45 [pagefind] indexed 1037 pages'],
    [9000, '18:02:45 [build] 1037 page(s) built in 9.0s'],
  ].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

  test('splits the wall time at Astro’s log lines', () => {
    expect(phases(log, 9200)).toEqual({
      startup: 1000,
      content: 2000,
      bundle: 1000,
      render: 2500,
      hooks: 2500,
      exit: 200,
    });
  });

  test('leaves a phase unknown when its line is missing', () => {
    expect(phases(log.slice(0, 3), 5000)).toMatchObject({ startup: 1000, content: 2000, bundle: null, hooks: null });
  });

  test('stamps lines split across chunks when they complete', () => {
    const stamper = lineStamper(performance.now());
    stamper.push('one\ntw');
    stamper.push('o\nthree');
    expect(stamper.lines.map((l) => l.text)).toEqual(['one', 'two']);
  });
});

describe('a page’s weight', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-weight-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    return gzipSync(text, { level: 9 }).length;
  };
  const css = write('_astro/site.css', 'body { color: red; }'.repeat(20));
  const entry = write('_astro/page.js', 'import{a}from"./chunk.js";a();document.onclick=()=>import("./later.js");');
  const chunk = write('_astro/chunk.js', 'export const a=()=>console.log("chunk");');
  write('_astro/later.js', 'console.log("only after a click");'.repeat(50));
  const page = write(
    'p/index.html',
    '<html><head><link rel="stylesheet" href="/sub/_astro/site.css"><style>p{margin:0}</style>' +
      '<script type="module" src="/sub/_astro/page.js"></script>' +
      '<script type="application/ld+json">{"@type":"Thing"}</script></head><body><p>Hi</p></body></html>',
  );

  test('counts linked and inline CSS, scripts and their static imports, not what loads on interaction', () => {
    const weight = pageWeight(dir, '/sub/', 'p/index.html');
    expect(weight.html).toBe(page);
    expect(weight.css).toBe(css + gzipSync('p{margin:0}', { level: 9 }).length);
    expect(weight.js).toBe(entry + chunk);
    expect(weight.assets).toEqual(['/sub/_astro/site.css', '/sub/_astro/page.js', '/sub/_astro/chunk.js']);
  });

  test('fails on an asset the build does not contain', () => {
    write('q/index.html', '<html><head><script type="module" src="/sub/_astro/gone.js"></script></head></html>');
    expect(() => pageWeight(dir, '/sub/', 'q/index.html')).toThrow('/sub/_astro/gone.js is not in the build');
  });
});

describe('the profile by kind of page', () => {
  test('names each kind by its first folder and file type, in every edition alike', () => {
    expect(routeKind('/projects/x/index.html')).toBe('projects/*.html');
    expect(routeKind('/az/projects/x/index.html')).toBe('projects/*.html');
    expect(routeKind('/projects/index.html')).toBe('projects.html');
    expect(routeKind('/timeline/x.json')).toBe('timeline/*.json');
    expect(routeKind('/og/az/projects/x.jpg')).toBe('og/*.jpg');
    expect(routeKind('/embed/ru/charts/x/index.html')).toBe('embed/*.html');
    expect(routeKind('/index.html')).toBe('index.html');
    expect(routeKind('/ru/index.html')).toBe('index.html');
    expect(routeKind('/feed.xml')).toBe('feed.xml');
  });

  test('sums the times Astro prints beside each page, heaviest kind first', () => {
    const log = [
      '22:29:11   \x1b[2m├─\x1b[22m /projects/a/index.html \x1b[2m(+6ms)\x1b[22m',
      '22:29:11   ├─ /az/projects/b/index.html (+10ms)',
      '22:29:11   ├─ /og/projects/a.jpg (+1.2s)',
      '22:29:11   ├─ /404.html22:29:12   └─ /places/c/index.html (+3ms)',
      '22:29:11   ├─ /still-rendering/index.html',
    ]
      .join('\n')
      .replaceAll('\\x1b', '\x1b');
    expect(routeProfile(log)).toEqual([
      { kind: 'og/*.jpg', pages: 1, ms: 1200, maxMs: 1200 },
      { kind: 'projects/*.html', pages: 2, ms: 16, maxMs: 10 },
      { kind: 'places/*.html', pages: 1, ms: 3, maxMs: 3 },
    ]);
  });
});
