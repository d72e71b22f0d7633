/** docs/performance.md from a run's results: the goals with the figures reached, the tables, how to run it. */
import type { LighthouseRun } from './lighthouse.ts';
import { PHASE_LABELS, type Phases } from './phases.ts';
import type { Results, SizeResult } from './results.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (mb: number | null) => (mb === null ? 'n/a' : `${(mb / 1024).toFixed(2)} GB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: Array<Array<string | number>>) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const verdict = (ok: boolean | null, unsure?: string) =>
  unsure ?? (ok === null ? 'not measured' : ok ? 'met' : '**not met**');

export const GOALS = {
  realBuildMs: 20_000,
  coldRatio: 4,
  warmRatio: 2,
  peakMb: 1536,
  pageGz: 100 * 1024,
  devEditMs: 1000,
  acceleration: 1.25,
  recordJs: 10 * 1024,
  css: 25 * 1024,
  lighthouse: 98,
};

/** Each goal of the issue, with the figure this run reached. */
export function goalRows(results: Results): Array<[string, string, string]> {
  const { real, sizes, growth } = results;
  const largest: SizeResult | undefined = sizes.at(-1);
  const at = largest ? ` (at ${largest.records.toLocaleString('en')} records)` : '';
  const recordKinds = ['chapter', 'project', 'place'].map((k) => real?.weights[k]).filter((w) => w !== undefined);
  const maxJs = recordKinds.length ? Math.max(...recordKinds.map((w) => w.js)) : null;
  const weights = Object.values(real?.weights ?? {});
  const maxCss = weights.length ? Math.max(...weights.map((w) => w.css)) : null;
  const runs = Object.values(real?.lighthouse ?? {}).filter((r) => !r.error);
  const minScore = runs.length ? Math.min(...runs.flatMap((r) => Object.values(r.scores).map((v) => v ?? 0))) : null;
  const maxCls = runs.length ? Math.max(...runs.map((r) => r.cls ?? 0)) : null;
  const accel = growth.site?.acceleration ?? null;
  const short = largest && largest.records < 10_000 ? 'not run at 10k' : undefined;
  const heaviest = sizes.length
    ? sizes.reduce((a, b) => (b.largestPage.htmlGz > a.largestPage.htmlGz ? b : a))
    : undefined;
  // Below an R² of 0.95 the line does not explain the times: noise or a small range, not a verdict.
  const noisy = growth.site && growth.site.r2 < 0.95 ? 'inconclusive (noisy fit)' : undefined;
  return [
    [
      'The real site, all of it, builds in under 20 s',
      real ? s(real.build.wallMs) : 'not run',
      verdict(real ? real.build.wallMs < GOALS.realBuildMs : null),
    ],
    [
      'Synthetic 10k, cold: at most 4 × the bare baseline',
      largest ? `${largest.ratio.toFixed(2)} ×${at}` : 'not run',
      verdict(largest ? largest.ratio <= GOALS.coldRatio : null, short),
    ],
    [
      'Synthetic 10k, warm (caches kept): at most 2 × the bare baseline',
      largest?.warmRatio != null ? `${largest.warmRatio.toFixed(2)} ×${at}` : 'not run',
      verdict(largest?.warmRatio != null ? largest.warmRatio <= GOALS.warmRatio : null, short),
    ],
    [
      'Synthetic 10k: under 1.5 GB peak memory',
      largest ? `${gb(largest.site.peakMb)}${at}` : 'not run',
      verdict(largest?.site.peakMb != null ? largest.site.peakMb < GOALS.peakMb : null, short),
    ],
    [
      'No page above 100 KB of gzipped HTML, at any size',
      heaviest
        ? `${kb(heaviest.largestPage.htmlGz)} at most (${heaviest.largestPage.path}, ${heaviest.records.toLocaleString('en')} records)`
        : 'not run',
      verdict(heaviest ? heaviest.largestPage.htmlGz <= GOALS.pageGz : null),
    ],
    [
      'Dev server: an edited project page served again in under 1 s (1,000 records)',
      results.dev ? `${results.dev.medianMs.toFixed(0)} ms (median of ${results.dev.editsMs.length} edits)` : 'not run',
      verdict(results.dev ? results.dev.medianMs < GOALS.devEditMs : null),
    ],
    [
      'Cost grows linearly with size',
      accel === null
        ? 'needs three sizes'
        : `last/first marginal cost per record ${accel.toFixed(2)}, R² ${growth.site!.r2.toFixed(3)}`,
      verdict(accel === null ? null : accel <= GOALS.acceleration, accel === null ? undefined : noisy),
    ],
    [
      'Record and chapter pages: JS before interaction under 10 KB compressed',
      maxJs === null ? 'not measured' : `${kb(maxJs)} gzip at most`,
      verdict(maxJs === null ? null : maxJs < GOALS.recordJs),
    ],
    [
      'CSS under 25 KB compressed per page',
      maxCss === null ? 'not measured' : `${kb(maxCss)} gzip at most`,
      verdict(maxCss === null ? null : maxCss < GOALS.css),
    ],
    [
      'No layout shift',
      maxCls === null ? 'not measured' : `largest CLS ${maxCls.toFixed(3)}`,
      verdict(maxCls === null ? null : maxCls < 0.001),
    ],
    [
      'Images sized (width and height)',
      real ? `${real.images.unsized.length} of ${real.images.total} unsized` : 'not measured',
      verdict(real ? real.images.unsized.length === 0 : null),
    ],
    [
      'Lighthouse 98–100 in all four categories',
      minScore === null ? 'not run' : `lowest score ${minScore}`,
      verdict(minScore === null ? null : minScore >= GOALS.lighthouse),
    ],
  ];
}

const phase = (ms: number | null) => (ms === null ? 'n/a' : s(ms));

/** Each phase of each build, from Astro's log lines. */
function phaseTable(results: Results): string {
  const builds: Array<[string, Phases]> = [
    ...(results.real ? [['real site', results.real.build.phases] as [string, Phases]] : []),
    ...results.sizes.flatMap((z): Array<[string, Phases]> => [
      [`${z.records.toLocaleString('en')} site`, z.site.phases],
      [`${z.records.toLocaleString('en')} baseline`, z.baseline.phases],
    ]),
  ];
  return table(
    ['Phase', ...builds.map(([label]) => label)],
    (Object.keys(PHASE_LABELS) as Array<keyof Phases>).map((key) => [
      PHASE_LABELS[key],
      ...builds.map(([, p]) => phase(p?.[key] ?? null)),
    ]),
  );
}

/**
 * What issue 17 measured, lever by lever, on the same synthetic content (1,000 records, 2 cores): written by hand
 * from the runs named in each commit, kept here so the page says why the build is shaped as it is.
 */
const LEVERS = `
### Levers measured for scale (issue 17)

At the start of issue 17, 1,000 synthetic records built cold in 53.8 s (2,150 pages in four editions; rendering
43 s, of which about 34 s drawing 1,604 social cards) and warm in 22.3 s, against 3.5 s and 3.7 s for the bare
baseline in four editions. Each lever was measured on the same content, before and after:

| Lever | Before | After | Kept |
| --- | --- | --- | --- |
| Social cards as JPEG (quality 85) instead of PNG | 24 ms of CPU a card (Skia's PNG encoder), cold 53.8 s | 5 ms a card, cold 39.2 s; files 75 KB instead of 85 KB | yes |
| Cards as PNG through our own writer (raw pixels, zlib level 1) | | reading the pixels alone costs 7–9 ms on the main thread: slower than JPEG | no |
| Cards as WebP, or at 600×315 | | WebP 28.9 ms; 600×315 is 2–5 ms but under the 1,080 px the platforms ask for | no |
| Sitemap reads only each page's head | 3 s after rendering | 1 s | yes |
| Pagefind given the records at build start, in its own process | 5.0 s after rendering | 2.4–3.6 s (the chapters and the writing remain) | yes |
| Pagefind also writing its files during rendering, once the chapter pages exist | 5,000 records: 83.0 s, 14.8 s of it after rendering | 88.9 s, none after rendering: both cores were already busy, and the cards finished 10.1 s late instead of 2.9 s | no |
| Cards drawn in a worker thread | cold 37.4 s, 39.9 s | 27.1 s, 28.8 s | yes |
| Cards drawn from the build's start by an integration, two at a time per worker | cold 25.2–28.8 s | 21.7–23.6 s; the real site 13.3 s → 11.3 s | yes |
| \`build.concurrency\` 2, 4, 8 | | 30.0 s, 25.4 s, 26.2 s | 4 |
| The source index, its groups by kind and a timeline's pages computed once per report, not per page | each sources page rebuilt them, copying an array per source: 84.8 s of page time for 88 pages at 10,000 records | 15.5 s for the same 88 pages (the first builds them, 1.2 s) | yes |
| A map draws at most 80 places (place pages: the place and its nearest) and keeps the region's frame | a place page drew every place and its list: quadratic at scale | the real report's 68 places unchanged | yes |
| The transport chart draws at most 30 projects | 120 rows, 470 KB of SVG on the chart and home pages | 30 rows, a note, all projects in the open data | yes |
| Long lists paged (timeline, sources, projects, changes) | /timeline/ 121.7 KB gzipped at 1,000 records | under 61 KB at 10,000 | yes |
| \`astro dev\`: the content check after edits pause | an edit served in 1,143 ms | 797 ms | yes |

### Why three goals are not met

Measured on the run of 2026-12-04 (10,000 records, 2 cores):

- **Cold, 4 × the baseline.** The site does work the baseline has no part of. It draws 16,004 social cards (the
  report's, each of 100 chapters' and each of 3,900 projects', in four languages) at about 5 ms of CPU each: some 80 s of
  CPU, more than the whole budget of 4 × 19.2 s. Pagefind indexes 41,200 records in four languages and writes its
  files after the pages (most of the 37.5 s of build:done hooks; writing them during rendering was slower, above).
  And a page costs about 5.5 ms of the main thread (121.3 s of rendering for 22,018 pages, with structured data,
  citations, the map and 10,370 JSON files of records) against under 1 ms for the baseline's. Cards shared between
  editions would save three quarters of them but show English on the other editions' previews.
- **Warm, 2 × the baseline.** The cards come from the cache, but Pagefind has no incremental build: it indexes
  everything again (most of the 20.5 s of hooks), and rendering (70.5 s) is what it is cold.
- **1.5 GB of memory.** The report's own data is not what grows. At 5,000 records the JavaScript heap holds at most
  304 MB after a full collection and never commits more than 648 MB (\`node --trace-gc\`). At the build's end the
  process holds 1.89 GB: a 322 MB heap, 554 MB outside it (476 MB of array buffers, nearly all garbage not yet
  collected; a heap snapshot, which collects first, finds 54 MB of them live at 1,000 records, mostly WebAssembly
  memory), and the rest native memory whose owner was not found. It grows through rendering, from 1.2 GB when the
  first pages render to 1.8 GB after the hooks. Limiting glibc's arenas (\`MALLOC_ARENA_MAX=2\`) made it worse
  (2.27 GB against 1.96 GB). The baseline alone peaks at 1.13 GB at 10,000 records; the site grows linearly, 0.19 MB
  a record.
`;

/** Where the largest size's cold rendering went, by kind of page. */
function routeSection(results: Results): string {
  const largest = results.sizes.at(-1);
  const routes = largest?.site.routes ?? [];
  if (routes.length === 0) return '';
  return `
### Where rendering goes, by kind of page

The cold build at ${largest!.records.toLocaleString('en')} records, from the time Astro prints beside each page it
writes. Four pages render at once (\`build.concurrency\`), so the sums overlap and exceed the rendering phase; they
rank the kinds. Astro prints a time for most pages but not all, so the counts are below the pages written.

${table(
  ['Kind of page', 'Pages timed', 'Sum of page times', 'Mean', 'Slowest'],
  routes
    .slice(0, 12)
    .map((r) => [r.kind, r.pages, s(r.ms), `${(r.ms / r.pages).toFixed(1)} ms`, `${r.maxMs.toFixed(0)} ms`]),
)}
`;
}

function lighthouseTable(runs: Record<string, LighthouseRun>): string {
  const culprits = Object.entries(runs).flatMap(([kind, r]) =>
    Object.entries(r.culprits ?? {})
      .map(([audit, named]) => [audit, named.filter((n) => n.trim() !== '')] as const)
      .filter(([, named]) => named.length > 0)
      .map(([audit, named]) => `- ${kind}, ${audit}: ${named.map((n) => `\`${n.replace(/`/g, "'")}\``).join(', ')}`),
  );
  return `${table(
    ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'CLS', 'LCP', 'Below 100'],
    Object.entries(runs).map(([kind, r]) =>
      r.error
        ? [kind, r.error.replace(/\|/g, '/').slice(0, 80), '', '', '', '', '', '']
        : [
            kind,
            r.scores.performance ?? 'n/a',
            r.scores.accessibility ?? 'n/a',
            r.scores['best-practices'] ?? 'n/a',
            r.scores.seo ?? 'n/a',
            r.cls === null ? 'n/a' : r.cls.toFixed(3),
            r.lcpMs === null ? 'n/a' : s(r.lcpMs),
            r.failing.join(', ') || 'none',
          ],
    ),
  )}${culprits.length ? `\n\nWhat Lighthouse points at:\n\n${culprits.join('\n')}` : ''}`;
}

export function performanceMarkdown(results: Results, svgName: string, jsonName: string): string {
  const { machine, real, sizes, options } = results;
  const sizeRows = sizes.map((z) => [
    z.records.toLocaleString('en'),
    `${z.site.pages} / ${z.baseline.pages}`,
    `${s(z.site.wallMs)} / ${s(z.baseline.wallMs)}`,
    z.ratio.toFixed(2),
    z.site.warm && z.baseline.warm ? `${s(z.site.warm.wallMs)} / ${s(z.baseline.warm.wallMs)}` : 'n/a',
    z.warmRatio === null || z.warmRatio === undefined ? 'n/a' : z.warmRatio.toFixed(2),
    `${z.site.msPerPage.toFixed(1)} / ${z.baseline.msPerPage.toFixed(1)}`,
    `${gb(z.site.peakMb)} / ${gb(z.baseline.peakMb)}`,
    `${z.largestPage.path} ${kb(z.largestPage.htmlGz)}`,
  ]);
  const searchRows = [
    ...(real?.search ? [['real site', real.search] as const] : []),
    ...sizes.flatMap((z) => (z.search ? [[z.records.toLocaleString('en'), z.search] as const] : [])),
  ].map(([label, f]) => [
    label,
    f.indexedPages,
    mb(f.indexBytes),
    s(f.indexMs),
    `${f.query.term}: ${f.query.apiMs.toFixed(0)} ms, ${kb(f.query.apiBytes)}`,
    f.query.uiMs === null ? (f.query.note ?? 'n/a') : `${f.query.uiMs.toFixed(0)} ms, ${kb(f.query.uiBytes ?? 0)}`,
  ]);
  const weightRows = Object.entries(real?.weights ?? {}).map(([kind, w]) => [
    kind,
    w.path,
    kb(w.html),
    kb(w.css),
    kb(w.js),
  ]);
  return `# Performance

The latest figures of \`npm run bench\`, written by it on ${results.date.slice(0, 10)}; the raw figures are in
[${jsonName}](${jsonName}). Machine: ${machine.cpus} cores, ${machine.memoryGb} GB, load average
${machine.loadAverage.map((l) => l.toFixed(1)).join(' / ')} at the start; Node ${machine.node}, Astro ${machine.astro},
Lighthouse ${machine.lighthouse}. Sizes run: ${options.sizes.join(', ')} records, ${options.runs} run(s) each.

## Goals

${table(['Goal (issues 8 and 17)', 'Reached', ''], goalRows(results))}

## Build cost against size

Synthetic content (\`scripts/bench/synthetic.ts\`): places, projects and events in the real report's proportions
(11 : 39 : 50) with shared sources and milestones, chapters for 1% of the records, and a few commitments, series and
corrections. The site builds it with every integration it has; the bare baseline (\`scripts/bench/baseline/\`) builds
the same records with plain Astro and MDX, a minimal layout, and no checks, charts or search, in the same four
editions (English at the root, az, ru and hy under their codes), so both write about as many pages. Each size is built
cold (\`astro build --force\`, and no social card drawn before) and then warm (the same build again, keeping Astro's
cache and the cards, as a CI with a cache builds).

![Build time and peak memory against records](${svgName})

${
  sizes.length
    ? table(
        [
          'Records',
          'Pages (site / baseline)',
          'Cold',
          'Ratio',
          'Warm',
          'Ratio',
          'ms per page',
          'Peak memory',
          'Heaviest page (HTML, gzip)',
        ],
        sizeRows,
      )
    : 'No synthetic sizes were run.'
}

### Where the time goes

From the moments Astro's log lines arrive: start-up includes the report's content check (the baseline has none);
build:done hooks are the integrations that run after rendering (the search index, among others).

${phaseTable(results)}
${routeSection(results)}
${LEVERS}
${
  real
    ? `## The real site

Built from \`src/content\` in ${s(real.build.wallMs)} (${real.build.pages} pages, ${gb(real.build.peakMb)} peak,
${mb(real.build.outputBytes)} written).

${table(['Page kind', 'Page', 'HTML', 'CSS', 'JS before interaction'], weightRows)}

Sizes are gzip -9 of each file, as \`tests/build/budgets.test.ts\` measures them.

### Lighthouse

${Object.keys(real.lighthouse).length ? lighthouseTable(real.lighthouse) : 'Skipped in this run (`--no-lighthouse`).'}
`
    : ''
}
## Search

${
  searchRows.length
    ? table(
        ['Build', 'Pages indexed', 'Index size', 'Indexing', 'Cold query (Pagefind API)', 'Cold query (search box)'],
        searchRows,
      )
    : 'No search index in these builds (no Pagefind bundle in the output): search figures were skipped.'
}

## How to run it

    npm run bench                                  # 1,000, 5,000 and 10,000 records, the real site, Lighthouse
    npm run bench -- --sizes 200,1000              # smaller sizes while developing
    npm run bench -- --sizes 1000 --runs 3         # the median of three builds of each
    npm run bench -- --no-lighthouse --no-real     # synthetic sizes only
    npm run bench -- --no-dev                      # without the dev server's edit loop
    npm run bench -- --rewrite                     # this page and the plot again from performance.json

It runs the search query and Lighthouse in the Chromium the browser tests use (npm's, or \`CHROME_PATH\`),
and runs on the Node that npm runs (the pinned Node 24). Everything is written to a temporary folder and removed
afterwards (\`--keep\` keeps it); only \`docs/performance.*\` change. Run it on a quiet machine: builds are timed by
the wall clock, and other work on the same cores shows up in every figure.

What each figure is:

- **Cold**: the whole \`astro build --force\` (content check, content sync, bundling, rendering, every
  integration) with a card cache of its own, empty, after one untimed build of each project so neither pays for a
  cold disk. **Warm**: the same build right after, without \`--force\` and with the cards the cold build drew.
  With \`--runs N\`, the median.
- **Dev server**: \`astro dev\` on the smallest size's content; one project's page requested, then its JSON file
  edited five times, each timed from the file's write to the first response that shows the edit
  (\`scripts/bench/dev.ts\`; \`node scripts/bench/dev.ts <content folder>\` runs it alone).
- **Peak memory**: \`/usr/bin/time -v\` where it exists (the largest single process of the build), else the sum over
  the build's processes sampled from /proc every 100 ms.
- **ms per page**: wall time over the HTML pages written. The site writes no page per event (events live on the
  timeline), so a record is not a page.
- **Search** (when the build has a Pagefind bundle): the bundle's size; Pagefind indexing the built pages again on its
  own through its Node API (the same binary the build uses); and a cold query in a fresh Chromium context against
  \`scripts/lib/static-server.ts\`, once through Pagefind's API (load, init, search, first result's data) and once
  by typing into the site's search box until a result link appears. Bytes are response bodies and headers fetched
  after the page loaded.
- **Lighthouse**: the \`lighthouse\` package (${machine.lighthouse} here) on the real site's build, mobile form
  factor with simulated throttling, one page of each kind.

The full run (1,000, 5,000 and 10,000 records) writes about 8,200 pages with each builder. On 2 quiet cores expect a
few minutes for the builds, about 15 s per Lighthouse page, and more once search, charts and social images add their
build steps.
`;
}
