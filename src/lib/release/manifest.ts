/**
 * A release: the report's data frozen at one commit under /releases/<version>/, each file with its size and SHA-256,
 * so a reader can cite the exact state of a number and check that the file they hold is the one cited. Pure.
 */

export interface ReleaseFile {
  /** Path inside the release folder ("data/projects.csv", "report.pdf"). */
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file. */
  sha256: string;
}

export interface ReleaseManifest {
  version: string;
  /** The day it was made (YYYY-MM-DD). */
  date: string;
  /** The git commit whose content it freezes. */
  commit: string;
  /** The release before it, if any: its changelog runs from there. */
  previous?: string;
  /** A DOI, once the release is deposited with an archive (docs/releases.md). */
  doi?: string;
  files: ReleaseFile[];
}

/** The manifest's file name, in each release folder. */
export const MANIFEST = 'release.json';

/** A version readers can cite: numbers joined by dots ("1.0", "2026.12", "1.2.3"). */
export function versionProblem(version: string | undefined): string | undefined {
  if (!version) return 'expected a version: npm run release -- <version> (for example 2026.12 or 1.0.0)';
  if (!/^\d+(\.\d+){1,2}$/.test(version))
    return `expected a version of numbers joined by dots (1.0, 2026.12, 1.2.3), got "${version}"`;
  return undefined;
}

/** Versions compared number by number: 1.10 comes after 1.9. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** Releases, newest first. */
export function newestFirst(releases: ReleaseManifest[]): ReleaseManifest[] {
  return [...releases].sort((a, b) => compareVersions(b.version, a.version));
}

/** A manifest problem in one line naming the file and field, or none. */
export function manifestProblem(file: string, value: unknown): string | undefined {
  const m = value as Partial<ReleaseManifest> | null;
  if (!m || typeof m !== 'object') return `${file}: expected a JSON object`;
  const versionIssue = versionProblem(m.version);
  if (versionIssue) return `${file}: version: ${versionIssue}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(m.date)))
    return `${file}: date: expected YYYY-MM-DD, got ${JSON.stringify(m.date)}`;
  if (!/^[0-9a-f]{40}$/.test(String(m.commit)))
    return `${file}: commit: expected a 40-character git commit, got ${JSON.stringify(m.commit)}`;
  if (m.doi !== undefined && !/^10\.\d{4,9}\/\S+$/.test(String(m.doi)))
    return `${file}: doi: expected a DOI such as 10.5281/zenodo.123456, got ${JSON.stringify(m.doi)}`;
  if (!Array.isArray(m.files) || m.files.length === 0)
    return `${file}: files: expected the list of the release's files`;
  for (const [i, f] of m.files.entries())
    if (!f || typeof f.path !== 'string' || !/^[0-9a-f]{64}$/.test(String(f.sha256)) || !Number.isInteger(f.bytes))
      return `${file}: files[${i}]: expected { path, bytes, sha256 } with a hex SHA-256`;
  return undefined;
}
