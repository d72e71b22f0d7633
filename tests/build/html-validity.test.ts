import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { SITES } from '../support/sites.ts';

// .htmlvalidate.json: html-validate:recommended, with one option changed and no rule turned off:
// valid-id is "relaxed" because HTML allows ids that start with a digit (chapter headings such as "2023 …").
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));

describe('HTML validity', () => {
  test.each(Object.entries(SITES))('every page of the %s build has no html-validate errors', async (_name, site) => {
    const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(90);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(site.dir, page), 'utf8'), page);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
