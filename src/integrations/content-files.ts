/** Reads every content file from disk for the integrity check. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentFile } from '../lib/integrity/index.ts';

/** Every file inside a collection folder of `dir` (at any depth), with its collection and text. */
export function readContentFiles(root: string, dir: string): ContentFile[] {
  const base = resolve(root, dir);
  return readdirSync(base, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== 'README.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => relative(base, path).includes(sep))
    .map((path) => ({
      collection: relative(base, path).split(sep)[0]!,
      file: relative(root, path),
      text: readFileSync(path, 'utf8'),
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
}
