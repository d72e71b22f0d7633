/**
 * The content's git history: one `git log` over the content folder (CONTENT_DIR
 * when set) per build, for both the pages' "last updated" dates and the data
 * changelog. Empty outside a git checkout.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from './lib/content-dir.ts';
import { lastChanged, parseGitLog } from './lib/history/last-changed.ts';
import { byDay, historyOf, type HistoryEntry } from './lib/history/record-diff.ts';

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

/** Whether this checkout has only part of its history (a shallow clone): then no record history is shown. */
const shallow = new Map<string, boolean>();

/** Whether a checkout has only part of its history (a shallow clone): then no record history is shown. */
export function isShallow(cwd = process.cwd()): boolean {
  if (!shallow.has(cwd)) {
    let answer = false;
    try {
      answer = git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    } catch {
      /* not a git checkout: no history, and nothing to warn about */
    }
    shallow.set(cwd, answer);
  }
  return shallow.get(cwd)!;
}

const git = (cwd: string, args: string[], input?: Buffer) =>
  execFileSync('git', args, {
    cwd,
    encoding: input ? undefined : 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'ignore'],
    ...(input ? { input } : {}),
  }) as unknown as string;

let histories: Map<string, HistoryEntry[]> | undefined;

/** Every JSON record's history in this build's content folder, read once per build (see `historiesIn`). */
export function recordHistories(): Map<string, HistoryEntry[]> {
  if (!histories) {
    if (isShallow())
      console.warn(
        '[history] this is a shallow clone: record histories and the changes page are left empty. Fetch the full history (git fetch --unshallow) before building for readers.',
      );
    histories = historiesIn(process.cwd(), contentDir());
  }
  return histories;
}

/**
 * Every JSON record's history ("projects/fuzuli-international-airport" → dated changes, oldest first), from every
 * version of its file in git: one `git log` for the commits, one `git cat-file --batch` for the contents. Empty
 * outside a git checkout and in a shallow clone, whose missing history must not read as "nothing changed".
 */
export function historiesIn(cwd: string, dir: string): Map<string, HistoryEntry[]> {
  const out = new Map<string, HistoryEntry[]>();
  if (isShallow(cwd)) return out;
  let log: string;
  try {
    log = git(cwd, ['log', '--reverse', '--format=@%H %cs', '--name-only', '--no-renames', '--', dir]);
  } catch {
    return out;
  }
  const versions = recordVersions(log, dir);
  const contents = readBlobs(
    cwd,
    [...versions.values()].flat().map((v) => `${v.rev}:${v.path}`),
  );
  for (const [key, list] of versions) {
    const parsed = list.map((v) => ({ date: v.date, data: parseRecord(contents.get(`${v.rev}:${v.path}`)) }));
    out.set(key, byDay(historyOf(parsed)));
  }
  return out;
}

/** The commits that touched each JSON record ("collection/id"), oldest first, from `git log --reverse --name-only`. */
function recordVersions(
  log: string,
  contentFolder: string,
): Map<string, Array<{ rev: string; date: string; path: string }>> {
  const dir = contentFolder.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A record's file: <collection>/<id>.json at any depth; translations (<id>.<lang>.json) have a dot in the name.
  const record = new RegExp(`^${dir}/([^/]+)/(?:.+/)?([a-z0-9-]+)\\.json$`);
  const out = new Map<string, Array<{ rev: string; date: string; path: string }>>();
  let rev = '';
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      [rev, date] = line.slice(1).split(' ') as [string, string];
      continue;
    }
    const path = line.trim();
    const match = record.exec(path);
    if (!match || !rev) continue;
    const key = `${match[1]}/${match[2]}`;
    if (!out.has(key)) out.set(key, []);
    out.get(key)!.push({ rev, date, path });
  }
  return out;
}

/** The contents of `rev:path` objects, through one `git cat-file --batch`; a path deleted at a commit is absent. */
function readBlobs(cwd: string, objects: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (objects.length === 0) return out;
  const buffer = Buffer.from(git(cwd, ['cat-file', '--batch'], Buffer.from(`${objects.join('\n')}\n`)));
  let at = 0;
  for (const object of objects) {
    const end = buffer.indexOf(10, at);
    const header = buffer.subarray(at, end).toString('utf8');
    at = end + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    out.set(object, buffer.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return out;
}

function parseRecord(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
