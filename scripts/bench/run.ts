/**
 * `npm run bench`: builds the real site and, for each size, the site and the
 * bare baseline on synthetic content; measures them; writes
 * docs/performance.{json,svg,md}. Options: --sizes 1000,5000,10000 --runs 1
 * --no-lighthouse --no-real --no-dev --keep --out docs; --rewrite renders the page again from the JSON.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import { serve } from '../lib/static-server.ts';
import { devLine, devRerender } from './dev.ts';
import { writeSyntheticContent } from './generate.ts';
import { lighthouse, type LighthouseRun } from './lighthouse.ts';
import { gzipped } from './page-weight.ts';
import { htmlFiles, timedBuild, type BuildRun } from './measure.ts';
import { costPlot } from './plot.ts';
import { imageCheck, realPageWeights, LIGHTHOUSE_KINDS } from './real-site.ts';
import { performanceMarkdown } from './report.ts';
import type { BuildSummary, RealSite, Results, SizeResult } from './results.ts';
import { searchBundle, searchFigures, type SearchFigures } from './search.ts';
import { growth, median } from './stats.ts';
import { countsFor, searchTerm } from './synthetic.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '1' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-real': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs' },
    rewrite: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 10) || !(runs >= 1)) {
  throw new Error(
    'usage: npm run bench -- --sizes 1000,5000,10000 --runs 1 [--no-lighthouse] [--no-real] [--no-dev] [--keep]',
  );
}
const work = mkdtempSync(join(tmpdir(), 'bench-'));
// The baseline is built from a copy, so its generated types and caches never land in the repository.
const BASELINE = join(work, 'baseline-project');
cpSync('scripts/bench/baseline', BASELINE, { recursive: true });
symlinkSync(resolve('node_modules'), join(BASELINE, 'node_modules'));
const version = (pkg: string) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version as string;
const log = (line: string) => console.log(`[bench] ${line}`);
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const searchLine = ({ indexBytes, indexMs, query }: SearchFigures) =>
  `search index ${(indexBytes / 1048576).toFixed(1)} MB, ${sec(indexMs)} to index, cold query ` +
  `${query.apiMs.toFixed(0)} ms / ${(query.apiBytes / 1024).toFixed(0)} KB, search box ` +
  (query.uiMs === null ? `n/a (${query.note})` : `${query.uiMs.toFixed(0)} ms`);

/**
 * Builds `runs` times, each cold (no Astro cache, no social cards drawn before) and then warm (the same build again,
 * keeping both caches, as a CI with a cache builds); stops the benchmark loudly when a build fails.
 */
async function build(label: string, root: string, outDir: string, env: Record<string, string>): Promise<BuildSummary> {
  const cold: BuildRun[] = [];
  const warm: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    const cards = mkdtempSync(join(work, 'cards-'));
    for (const [done, force] of [
      [cold, true],
      [warm, false],
    ] as const) {
      rmSync(outDir, { recursive: true, force: true });
      const run = await timedBuild({ root, outDir, env: { ...env, CARD_CACHE_DIR: cards }, force });
      if (!run.ok) throw new Error(`${label}: the ${force ? 'cold' : 'warm'} build failed:\n${run.log.slice(-3000)}`);
      done.push(run);
    }
    rmSync(cards, { recursive: true, force: true });
  }
  const peak = (done: BuildRun[]) => {
    const peaks = done.map((r) => r.peakMb).filter((p): p is number => p !== null);
    return peaks.length ? Math.max(...peaks) : null;
  };
  const wallMs = median(cold.map((r) => r.wallMs));
  const last = cold.at(-1)!;
  return {
    wallMs,
    peakMb: peak([...cold, ...warm]),
    pages: last.pages,
    msPerPage: wallMs / last.pages,
    outputBytes: last.outputBytes,
    runs: cold.map((r) => Math.round(r.wallMs)),
    phases: last.phases,
    routes: last.routes,
    warm: { wallMs: median(warm.map((r) => r.wallMs)), peakMb: peak(warm), phases: warm.at(-1)!.phases },
  };
}

async function realSite(): Promise<RealSite> {
  const out = join(work, 'real');
  const summary = await build('the real site', '.', out, { CONTENT_DIR: 'src/content', BASE_PATH: '/' });
  log(`real site: ${sec(summary.wallMs)}, ${summary.pages} pages, ${(summary.peakMb ?? 0).toFixed(0)} MB peak`);
  const search = searchBundle(out) !== null ? await searchFigures(out, 'Shusha') : null;
  if (search) log(`real site: ${searchLine(search)}`);
  if (!search) log('real site: no search index (no Pagefind bundle in the output): search figures skipped');
  const runs: Record<string, LighthouseRun> = {};
  if (!values['no-lighthouse']) {
    const server = await serve(out, '/', { compress: true }); // as a CDN serves it
    try {
      for (const [kind, path] of Object.entries(LIGHTHOUSE_KINDS(out))) {
        runs[kind] = await lighthouse(`${server.url}${path}`);
        const r = runs[kind];
        log(`lighthouse ${kind}: ${r.error ?? Object.values(r.scores).join(' / ')}`);
      }
    } finally {
      await server.close();
    }
  }
  return { build: summary, weights: realPageWeights(out), search, lighthouse: runs, images: imageCheck(out) };
}

async function size(records: number): Promise<SizeResult> {
  const content = writeSyntheticContent(records, work);
  const env = { CONTENT_DIR: content, BASE_PATH: '/' };
  const siteOut = join(work, `site-${records}`);
  const baseOut = join(work, `baseline-${records}`);
  const site = await build(`site at ${records}`, '.', siteOut, env);
  const baseline = await build(`baseline at ${records}`, BASELINE, baseOut, env);
  const search = searchBundle(siteOut) !== null ? await searchFigures(siteOut, searchTerm()) : null;
  const heaviest = htmlFiles(siteOut)
    .map((path) => ({ path, bytes: statSync(join(siteOut, path)).size }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const largestPage = { path: heaviest.path, htmlGz: gzipped(readFileSync(join(siteOut, heaviest.path))) };
  const warmRatio = site.warm && baseline.warm ? site.warm.wallMs / baseline.warm.wallMs : null;
  const result = {
    records,
    counts: countsFor(records),
    site,
    baseline,
    ratio: site.wallMs / baseline.wallMs,
    warmRatio,
  };
  log(
    `${records} records: site ${sec(site.wallMs)} cold, ${sec(site.warm!.wallMs)} warm (${site.pages} pages, ` +
      `${(site.peakMb ?? 0).toFixed(0)} MB) | baseline ${sec(baseline.wallMs)} cold, ${sec(baseline.warm!.wallMs)} warm ` +
      `(${baseline.pages} pages, ${(baseline.peakMb ?? 0).toFixed(0)} MB) | ratio ${result.ratio.toFixed(2)} cold, ` +
      `${warmRatio!.toFixed(2)} warm`,
  );
  log(
    `${records} records, where rendering goes: ${site.routes
      .slice(0, 5)
      .map((r) => `${r.kind} ${sec(r.ms)} (${r.pages})`)
      .join(', ')}`,
  );
  if (search) log(`${records} records: ${searchLine(search)}`);
  else log(`${records} records: no search index (no Pagefind bundle in the output): search figures skipped`);
  if (!values.keep) rmSync(join(work, `site-${records}`), { recursive: true, force: true });
  if (!values.keep) rmSync(baseOut, { recursive: true, force: true });
  return { ...result, search, largestPage };
}

async function main() {
  log(`sizes ${sizes.join(', ')}; ${runs} run(s) each; working in ${work}`);
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      loadAverage: loadavg(),
      node: process.version,
      astro: version('astro'),
      lighthouse: version('lighthouse'),
    },
    options: { sizes, runs, lighthouse: !values['no-lighthouse'], real: !values['no-real'], dev: !values['no-dev'] },
    real: null,
    sizes: [],
    dev: null,
    growth: { site: null, baseline: null, memory: null },
  };
  // One untimed build of each project first, so no timed build pays for cold caches or a cold disk.
  const first = writeSyntheticContent(Math.min(...sizes), work);
  for (const root of ['.', BASELINE]) {
    const warm = await timedBuild({ root, outDir: join(work, 'warm-up'), env: { CONTENT_DIR: first, BASE_PATH: '/' } });
    if (!warm.ok) throw new Error(`the warm-up build of ${root} failed:\n${warm.log.slice(-3000)}`);
  }
  rmSync(first, { recursive: true, force: true });
  rmSync(join(work, 'warm-up'), { recursive: true, force: true });

  if (!values['no-real']) results.real = await realSite();
  for (const records of [...sizes].sort((a, b) => a - b)) results.sizes.push(await size(records));
  if (!values['no-dev']) {
    const content = writeSyntheticContent(Math.min(...sizes), work);
    results.dev = await devRerender(content);
    log(`dev server at ${Math.min(...sizes)} records: ${devLine(results.dev)}`);
  }
  const points = (pick: (z: SizeResult) => number | null) =>
    results.sizes.flatMap((z) => (pick(z) === null ? [] : [{ size: z.records, cost: pick(z)! }]));
  results.growth = {
    site: growth(points((z) => z.site.wallMs)),
    baseline: growth(points((z) => z.baseline.wallMs)),
    memory: growth(points((z) => z.site.peakMb)),
  };
  await write(results);
}

async function write(results: Results) {
  const base = join(values.out, 'performance');
  const svg = costPlot(
    results.sizes.map((z) => ({
      records: z.records,
      site: { seconds: z.site.wallMs / 1000, gb: z.site.peakMb === null ? null : z.site.peakMb / 1024 },
      baseline: { seconds: z.baseline.wallMs / 1000, gb: z.baseline.peakMb === null ? null : z.baseline.peakMb / 1024 },
    })),
  );
  const format = async (path: string, text: string) =>
    prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });
  mkdirSync(resolve(base, '..'), { recursive: true });
  writeFileSync(`${base}.svg`, svg);
  writeFileSync(`${base}.json`, await format(`${base}.json`, JSON.stringify(results, null, 2)));
  writeFileSync(
    `${base}.md`,
    await format(`${base}.md`, performanceMarkdown(results, 'performance.svg', 'performance.json')),
  );
  log(`wrote ${base}.md, ${base}.json and ${base}.svg`);
}

if (values.rewrite) {
  // Only the page and the plot again, from the figures already written.
  await write(JSON.parse(readFileSync(join(values.out, 'performance.json'), 'utf8')));
  rmSync(work, { recursive: true, force: true });
} else {
  try {
    await main();
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
}
