/**
 * Writes a synthetic report into a fresh temporary folder (never src/content)
 * and returns its path, for builds with CONTENT_DIR set to it.
 *
 *   node scripts/bench/generate.ts 1000   prints the folder it wrote
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { syntheticReport } from './synthetic.ts';

export function writeSyntheticContent(records: number, parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, `bench-content-${records}-`));
  for (const file of syntheticReport(records)) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return dir;
}

if (import.meta.main) {
  const records = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(records) || records < 10) throw new Error('usage: generate.ts <records, at least 10>');
  console.log(writeSyntheticContent(records));
}
