/**
 * One timed `astro build`: wall time, peak memory and pages written. Peak
 * memory comes from GNU time (`/usr/bin/time -v`, the largest process of the
 * build) where it is installed, else from sampling the build's process tree
 * in /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from '../lib/astro-build.ts';
import { lineStamper, phases, type Phases } from './phases.ts';
import { routeProfile, type RouteKind } from './routes.ts';

const GNU_TIME = '/usr/bin/time';
const ASTRO = 'node_modules/astro/bin/astro.mjs';

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  /** Peak resident memory in MB, null when it could not be read. */
  peakMb: number | null;
  /** HTML pages written (search index files and assets not counted). */
  pages: number;
  /** Bytes on disk of the whole output folder. */
  outputBytes: number;
  /** Where the time went, from Astro's log lines. */
  phases: Phases;
  /** Where rendering went, by kind of page. */
  routes: RouteKind[];
  /** The build's own output, for failures. */
  log: string;
}

export interface BuildOptions {
  /** The Astro project root: the repository, or the baseline. */
  root: string;
  outDir: string;
  env: Record<string, string>;
  /** `--force`: Astro's content cache cleared first (a cold build). Default true. */
  force?: boolean;
}

export async function timedBuild({ root, outDir, env, force = true }: BuildOptions): Promise<BuildRun> {
  const args = [ASTRO, 'build', ...(force ? ['--force'] : []), '--root', root, '--outDir', outDir];
  const useTime = existsSync(GNU_TIME);
  const [command, argv] = useTime ? [GNU_TIME, ['-v', process.execPath, ...args]] : [process.execPath, args];
  const start = performance.now();
  const child = spawn(command, argv, { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const stamper = lineStamper(start);
  child.stdout.on('data', (chunk) => {
    log += chunk;
    stamper.push(String(chunk));
  });
  child.stderr.on('data', (chunk) => (log += chunk));
  let sampled = 0;
  const sampler = useTime ? undefined : setInterval(() => (sampled = Math.max(sampled, treeRss(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
  const peakKb = fromTime ? Number(fromTime[1]) : sampled || null;
  const ok = code === 0 && existsSync(outDir);
  return {
    ok,
    wallMs,
    peakMb: peakKb === null ? null : peakKb / 1024,
    pages: ok ? htmlFiles(outDir).length : 0,
    outputBytes: ok ? folderBytes(outDir) : 0,
    phases: phases(stamper.lines, wallMs),
    routes: routeProfile(log),
    log,
  };
}

/** Every HTML page of a build, relative to it; the search index's folder is left out. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
}

export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => statSync(join(dir, f)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}

/** Resident memory in kB of a process and all its descendants, read from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += rss ? Number(rss[1]) : 0;
    } catch {
      /* ended */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
