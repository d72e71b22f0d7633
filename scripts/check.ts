/**
 * `npm run check` step one: the content check alone, grouped by file.
 * Exits non-zero on any problem. (The npm script then runs astro check,
 * ESLint and Prettier.)
 */
import { runCheck } from '../src/integrations/integrity.ts';

const started = performance.now();
const { lines, records } = runCheck(process.cwd());
const ms = Math.round(performance.now() - started);

if (lines.length === 0) {
  console.log(`content check: ${records} records, no problems (${ms} ms)`);
} else {
  let file = '';
  for (const line of lines) {
    const [name] = line.split(': ', 1);
    if (name !== file) console.error(`\n${(file = name!)}`);
    console.error(`  ${line.slice(name!.length + 2)}`);
  }
  console.error(
    `\ncontent check: ${lines.length} problem(s) in ${new Set(lines.map((l) => l.split(': ', 1)[0])).size} file(s)`,
  );
  process.exitCode = 1;
}
