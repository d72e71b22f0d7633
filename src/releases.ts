/**
 * The releases this site publishes: each folder of releases/ (RELEASES_DIR when set) with its release.json, read once
 * per build; src/integrations/releases.ts copies their files into the build. A malformed manifest stops the build
 * with one line naming the file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, manifestProblem, newestFirst, type ReleaseManifest } from './lib/release/manifest.ts';

/** Where releases are kept, beside the content they froze: releases/<version>/. */
export const releasesDir = () => process.env.RELEASES_DIR ?? 'releases';

let known: ReleaseManifest[] | undefined;

/** Every release, newest first. */
export function releases(): ReleaseManifest[] {
  if (known) return known;
  const dir = releasesDir();
  const found = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => {
          const file = join(dir, e.name, MANIFEST);
          const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
          const problem = manifestProblem(file, value);
          if (problem) throw new Error(problem);
          if ((value as ReleaseManifest).version !== e.name)
            throw new Error(`${file}: version: expected "${e.name}", the name of its folder`);
          return value as ReleaseManifest;
        })
    : [];
  known = newestFirst(found);
  return known;
}
