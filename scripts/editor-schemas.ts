/**
 * Writes the JSON Schemas editors' IDEs use to underline mistakes in content
 * files while typing (.vscode/schemas/*.schema.json, wired in
 * .vscode/settings.json), generated from src/schemas. Run it after changing a
 * schema: `node scripts/editor-schemas.ts` (tests/unit/editor-schemas.test.ts
 * fails until the files agree).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { editorSchemaFiles } from '../src/lib/export/editor-schemas.ts';

mkdirSync('.vscode/schemas', { recursive: true });
for (const [path, text] of Object.entries(editorSchemaFiles())) writeFileSync(path, text);
console.log('wrote .vscode/settings.json and .vscode/schemas/');
