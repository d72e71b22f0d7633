/** When content last changed, from git history: one `git log` read, then lookups by file. */
import { compareDates } from '../dates.ts';

/**
 * Parses `git log --format=@%cs --name-status` output (newest first) into the
 * date each file last changed. A file line is "M\tpath", or "R100\told\tnew"
 * for a move: the date belongs to the path the file has after the commit.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date = '';
  for (const line of output.split('\n')) {
    if (line.startsWith('@')) {
      date = line.slice(1).trim();
      continue;
    }
    const path = line.split('\t').at(-1)!.trim();
    if (path && date && !dates.has(path)) dates.set(path, date);
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
