/**
 * The content's git history: one `git log` over the content folder (CONTENT_DIR
 * when set) per build, for both the pages' "last updated" dates and the data
 * changelog. Empty outside a git checkout.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from './lib/content-dir.ts';
import { lastChanged, parseGitLog } from './lib/history.ts';

let log: string | undefined;
let dates: Map<string, string> | undefined;

/** `git log --format=@%cs --name-status --find-renames` over the content folder, newest first. */
export function contentLog(): string {
  if (log !== undefined) return log;
  try {
    log = execFileSync('git', ['log', '--format=@%cs', '--name-status', '--find-renames', '--', contentDir()], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    log = '';
  }
  return log;
}

/** When the content behind a page last changed: its records' files in git, else the given dates. */
export function updatedOn(
  entries: Array<{ filePath?: string }>,
  fallbacks: Array<string | undefined> = [],
): string | undefined {
  dates ??= parseGitLog(contentLog());
  const files = entries.map((e) => e.filePath).filter((f): f is string => Boolean(f));
  return lastChanged(dates, files, fallbacks);
}
