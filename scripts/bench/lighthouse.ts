/**
 * Lighthouse on one page: the four category scores and the layout shift, from
 * the `lighthouse` package's CLI on this Node (the pinned Node 24 under npm)
 * with the Chromium the browser tests use (scripts/lib/browser.ts). Mobile form factor, simulated throttling: the
 * defaults, and the strictest.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../lib/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  url: string;
  version: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Cumulative layout shift. */
  cls: number | null;
  /** Largest contentful paint, simulated, in ms. */
  lcpMs: number | null;
  /** Audits below a perfect score, by id, for the note. */
  failing: string[];
  /** For each of those, the first elements Lighthouse names. */
  culprits: Record<string, string[]>;
  error?: string;
}

/** The parts of a Lighthouse audit's detail item that name an element or a file. */
interface AuditItem {
  node?: { selector?: string; snippet?: string };
  selector?: string;
  source?: { url?: string };
  url?: string;
}

export async function lighthouse(url: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const output = join(dir, 'report.json');
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--quiet',
  ];
  try {
    const chrome = await findChrome();
    const { code, log } = await run(args, { ...process.env, ...chrome.env, CHROME_PATH: chrome.path });
    if (code !== 0) return failed(url, `lighthouse exited ${code}: ${log.slice(-500)}`);
    const lhr = JSON.parse(readFileSync(output, 'utf8'));
    const score = (c: Category) =>
      lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100);
    const numeric = (id: string) => (lhr.audits[id]?.numericValue as number | undefined) ?? null;
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref: { id: string; weight: number }) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref: { id: string }) => `${c}: ${ref.id}`),
    );
    const culprits = Object.fromEntries(
      failing.map((f) => {
        const id = f.split(': ')[1]!;
        // The layout shift score names no element; its companion audit lists the shifted ones.
        const audit = lhr.audits[id === 'cumulative-layout-shift' ? 'layout-shifts' : id];
        const items: AuditItem[] = audit?.details?.items ?? [];
        const named = items.map((i) => i.node?.selector ?? i.selector ?? i.node?.snippet ?? i.source?.url ?? i.url);
        return [f, named.filter((n) => typeof n === 'string' && n.trim() !== '').slice(0, 3)];
      }),
    );
    return {
      url,
      version: lhr.lighthouseVersion,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number | null>,
      cls: numeric('cumulative-layout-shift'),
      lcpMs: numeric('largest-contentful-paint'),
      failing,
      culprits,
      error: lhr.runtimeError?.message,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function failed(url: string, error: string): LighthouseRun {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Record<Category, number | null>;
  return { url, version: '', scores, cls: null, lcpMs: null, failing: [], culprits: {}, error };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (c) => (log += c));
    child.stderr.on('data', (c) => (log += c));
    child.on('close', (code) => resolve({ code, log }));
  });
}
