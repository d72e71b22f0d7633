/**
 * The editor's loop, timed: `astro dev` on the synthetic content, one
 * project's page requested, then its JSON file edited and the page requested
 * until it shows the edit. The figure is the time from the file's write to
 * the first response carrying the change (the content layer's sync and the
 * page's render), the median of a few edits.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from '../lib/astro-build.ts';
import { median } from './stats.ts';

export interface DevFigures {
  /** The page edited, as requested. */
  page: string;
  /** From starting `astro dev` to its address in the log, ms. */
  startMs: number;
  /** The page's first request after start, ms (the server compiles what it needs on demand). */
  firstMs: number;
  /** Each edit, from the file's write to the first response with the change, ms. */
  editsMs: number[];
  medianMs: number;
}

const POLL_MS = 20;
const LIMIT_MS = 120_000;

export const devLine = (f: DevFigures) =>
  `started in ${(f.startMs / 1000).toFixed(1)} s, first render of ${f.page} ${f.firstMs.toFixed(0)} ms, ` +
  `an edit served in ${f.medianMs.toFixed(0)} ms (median of ${f.editsMs.map((ms) => ms.toFixed(0)).join(', ')})`;

export async function devRerender(content: string, edits = 5): Promise<DevFigures> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '0', '--host', '127.0.0.1'],
    {
      env: cleanEnv({ CONTENT_DIR: content, BASE_PATH: '/' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log.slice(-2000)}`)), LIMIT_MS);
      child.stdout.on('data', (chunk) => {
        log += chunk;
        const m = /https?:\/\/127\.0\.0\.1:(\d+)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
        if (m) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${m[1]}`);
        }
      });
      child.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${log.slice(-2000)}`)));
    });
    const startMs = performance.now() - started;
    const file = readdirSync(join(content, 'projects')).sort()[0]!;
    const path = join(content, 'projects', file);
    const page = `/projects/${file.replace(/\.json$/, '')}/`;
    const t0 = performance.now();
    await showing(`${origin}${page}`, '');
    const firstMs = performance.now() - t0;
    const original = JSON.parse(readFileSync(path, 'utf8')) as { summary: string };
    const editsMs: number[] = [];
    for (let i = 1; i <= edits; i++) {
      const mark = `Edited for the benchmark, ${i}.`;
      writeFileSync(path, `${JSON.stringify({ ...original, summary: `${original.summary} ${mark}` }, null, 2)}\n`);
      const written = performance.now();
      await showing(`${origin}${page}`, mark);
      editsMs.push(performance.now() - written);
    }
    writeFileSync(path, `${JSON.stringify(original, null, 2)}\n`);
    return { page, startMs, firstMs, editsMs, medianMs: median(editsMs) };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

/** Requests `url` until its body holds `text`. */
async function showing(url: string, text: string): Promise<void> {
  const until = performance.now() + LIMIT_MS;
  while (performance.now() < until) {
    const body = await fetch(url)
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => '');
    if (body.includes(text) && body !== '') return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${url} did not show "${text}" within ${LIMIT_MS / 1000} s`);
}

if (import.meta.main) {
  const content = process.argv[2];
  if (!content) throw new Error('usage: dev.ts <content folder> (node scripts/bench/generate.ts 1000 writes one)');
  console.log(devLine(await devRerender(content)));
}
