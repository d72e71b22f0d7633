/**
 * `npm run new -- <project|place|event|commitment|chapter> <id>`: writes a
 * skeleton with TODO markers; `npm run check` rejects it until they are filled.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { buildDate } from '../src/lib/dates.ts';
import { scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from '../src/lib/scaffold.ts';

const [kind, id] = process.argv.slice(2);
if (!kind || !id || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
  console.error(`usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> <id>`);
  process.exit(2);
}
try {
  const { path, text } = scaffold(kind as ScaffoldKind, id, buildDate());
  const file = join(contentDir(), path);
  if (existsSync(file)) throw new Error(`${file} already exists; choose another id`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}: fill in every TODO, then run npm run check`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
