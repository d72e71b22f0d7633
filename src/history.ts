/** Git history of the content, read once per build (empty outside a git checkout). */
import { execFileSync } from 'node:child_process';
import { lastChanged, parseGitLog } from './lib/history.ts';

let cached: Map<string, string> | undefined;

export function contentDates(): Map<string, string> {
  if (cached) return cached;
  try {
    const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', 'src/content'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    cached = parseGitLog(log);
  } catch {
    cached = new Map();
  }
  return cached;
}

/** When the content behind a page last changed: its records' files in git, else the given dates. */
export function updatedOn(
  entries: Array<{ filePath?: string }>,
  fallbacks: Array<string | undefined> = [],
): string | undefined {
  const files = entries.map((e) => e.filePath).filter((f): f is string => Boolean(f));
  return lastChanged(contentDates(), files, fallbacks);
}
