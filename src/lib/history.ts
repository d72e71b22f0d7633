/** When content last changed, from git history: one `git log` read, then lookups by file. */
import { compareDates } from './dates.ts';

/**
 * Parses `git log --format=@%cs --name-only` output (newest first) into the
 * date each file last changed.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date = '';
  for (const line of output.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1).trim();
    else if (line.trim() && date && !dates.has(line.trim())) dates.set(line.trim(), date);
  }
  return dates;
}

/** The latest of the dates known for `files`, else the latest fallback date, else undefined. */
export function lastChanged(
  dates: Map<string, string>,
  files: string[],
  fallbacks: Array<string | undefined> = [],
): string | undefined {
  const known = files.map((f) => dates.get(f)).filter((d): d is string => Boolean(d));
  const pool = known.length > 0 ? known : fallbacks.filter((d): d is string => Boolean(d));
  return pool.sort(compareDates).at(-1);
}
