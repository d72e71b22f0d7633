/**
 * `npm run check`: the content check first (grouped by file, one sentence per
 * problem), then the code checks (ESLint and Prettier, both cached, and knip:
 * unused files and dependencies) side by side.
 * Exits non-zero if any of them finds a problem. `--content` runs the content
 * check alone (what the build and the dev server run). The type check (astro
 * check, ~20 s) runs in `npm test`, in the build suite (tests/build/types.test.ts).
 */
import { spawn } from 'node:child_process';
import { runCheck } from '../src/integrations/integrity.ts';
import { coverage } from '../src/lib/i18n/translations.ts';
import { reportFromCheck } from '../src/lib/report-from-check.ts';
import type { Report } from '../src/lib/report.ts';

/** Translations per edition and collection, and (a warning, not an error) those whose English changed since. */
function printCoverage(report: Report): void {
  const rows = coverage(report);
  const collections = [...new Set(rows.map((r) => r.collection))];
  const cell = (lang: string, collection: string) => {
    const row = rows.find((r) => r.lang === lang && r.collection === collection)!;
    return `${row.current + row.stale.length}/${row.records}${row.stale.length ? ` (${row.stale.length} stale)` : ''}`;
  };
  console.log(`\ntranslations   ${collections.map((c) => c.padEnd(16)).join('')}`);
  for (const lang of new Set(rows.map((r) => r.lang)))
    console.log(`  ${lang.padEnd(12)} ${collections.map((c) => cell(lang, c).padEnd(16)).join('')}`);
  const stale = rows.flatMap((r) => r.stale.map((id) => `${r.collection}/${id}.${r.lang}`));
  if (stale.length > 0)
    console.warn(
      `\nwarning: ${stale.length} translation(s) made from English that has changed since; update them and their "translates" hash (npm run new -- translation <lang> <collection>/<id> prints it):\n${stale.map((s) => `  ${s}`).join('\n')}`,
    );
}

const started = performance.now();
const { lines, checked } = runCheck(process.cwd());
const ms = Math.round(performance.now() - started);

if (lines.length === 0) {
  console.log(`content check: ${checked.length} records, no problems (${ms} ms)`);
  printCoverage(reportFromCheck(checked));
} else {
  let file = '';
  for (const line of lines) {
    const [name] = line.split(': ', 1);
    if (name !== file) console.error(`\n${(file = name!)}`);
    console.error(`  ${line.slice(name!.length + 2)}`);
  }
  const files = new Set(lines.map((l) => l.split(': ', 1)[0])).size;
  console.error(`\ncontent check: ${lines.length} problem(s) in ${files} file(s)`);
  process.exitCode = 1;
}

const CODE_CHECKS: Array<[string, string[]]> = [
  ['eslint', ['node_modules/eslint/bin/eslint.js', '--cache', '--cache-location', 'node_modules/.cache/eslint', '.']],
  ['prettier', ['node_modules/prettier/bin/prettier.cjs', '--check', '--cache', '--log-level', 'warn', '.']],
  ['knip', ['node_modules/knip/bin/knip.js', '--no-progress']],
];

if (!process.argv.includes('--content')) {
  const results = await Promise.all(
    CODE_CHECKS.map(
      ([name, args]) =>
        new Promise<{ name: string; code: number; output: string; seconds: number }>((resolve) => {
          const t0 = performance.now();
          const child = spawn(process.execPath, args, { env: { ...process.env, FORCE_COLOR: '0' } });
          let output = '';
          child.stdout.on('data', (d) => (output += d));
          child.stderr.on('data', (d) => (output += d));
          child.on('close', (code) =>
            resolve({ name, code: code ?? 1, output, seconds: (performance.now() - t0) / 1000 }),
          );
        }),
    ),
  );
  for (const r of results) {
    if (r.code === 0) console.log(`${r.name}: no problems (${r.seconds.toFixed(1)} s)`);
    else {
      console.error(`\n${r.name}: problems\n${r.output.trim()}`);
      process.exitCode = 1;
    }
  }
}
