import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { editorJsonSchema } from '../../src/lib/export/json-schema.ts';
import { editorSchemaFiles } from '../../src/lib/export/editor-schemas.ts';

describe("schema hints in editors' IDEs", () => {
  // after changing a schema: node scripts/editor-schemas.ts
  test.each(Object.keys(editorSchemaFiles()))('%s is up to date with src/schemas', (path) => {
    expect(readFileSync(path, 'utf8')).toBe(editorSchemaFiles()[path]);
  });

  test('reject unknown fields and list the allowed values, so a typo is underlined', () => {
    const project = editorJsonSchema('projects');
    expect(project.additionalProperties).toBe(false);
    expect(project.required).toEqual(expect.arrayContaining(['name', 'status', 'statusAsOf', 'sources']));
    expect(project.properties!.status!.enum).toEqual(['announced', 'under-construction', 'completed', 'operational']);
    expect(project.required).not.toContain('notes'); // has a default, so an editor may leave it out
  });
});
