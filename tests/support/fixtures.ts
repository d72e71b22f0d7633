/** Content fixtures for the check: the good set, and the bad files added to it one at a time. */
import { readFileSync } from 'node:fs';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import type { ContentFile } from '../../src/lib/integrity/index.ts';

export const GOOD_DIR = 'tests/fixtures/content';
export const BAD_DIR = 'tests/fixtures/bad';

export function goodFiles(): ContentFile[] {
  return readContentFiles(process.cwd(), GOOD_DIR);
}

/** Each bad fixture, with the field and the phrase its problem must name. */
export function badCases(): Array<{ path: string; file: ContentFile; field: string; message: string }> {
  const expected: Record<string, { field: string; message: string }> = JSON.parse(
    readFileSync(`${BAD_DIR}/expected.json`, 'utf8'),
  );
  const files = readContentFiles(process.cwd(), BAD_DIR);
  return Object.entries(expected).map(([path, { field, message }]) => {
    const file = files.find((f) => f.file === `${BAD_DIR}/${path}`);
    if (!file) throw new Error(`expected.json names ${path}, which does not exist`);
    return { path, file, field, message };
  });
}
