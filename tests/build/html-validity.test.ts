import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { THEME_INIT } from '../../src/lib/theme-init.ts';
import { SITES } from '../support/sites.ts';

// .htmlvalidate.json: html-validate:recommended, with one option changed and no rule turned off:
// valid-id is "relaxed" because HTML allows ids that start with a digit (chapter headings such as "2023 …").
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));

/** Every HTML file of a build with its markup, as written. */
const htmlOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((page) => ({ page, html: readFileSync(join(dir, page), 'utf8') }));

describe('HTML validity', () => {
  test.each(Object.entries(SITES))('every page of the %s build has no html-validate errors', async (_name, site) => {
    const pages = htmlOf(site.dir);
    expect(pages.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const { page, html } of pages) {
      const report = await validator.validateString(html, page);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('headings', () => {
  test.each(Object.entries(SITES))(
    'on every page of the %s build never skip a level, <noscript> content included',
    (_name, site) => {
      const skips: string[] = [];
      for (const { page, html } of htmlOf(site.dir)) {
        // Read from the markup, as the Nu checker reads it: a parser would keep <noscript> as text.
        const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
        levels.forEach((level, i) => {
          if (i > 0 && level > levels[i - 1]! + 1) skips.push(`${page}: h${level} follows h${levels[i - 1]}`);
        });
      }
      expect(skips).toEqual([]);
    },
  );
});

describe('markup that the Content-Security-Policy allows', () => {
  test.each(Object.entries(SITES))(
    'the %s build has one inline script (the theme initialiser; none on embed pages) and no inline styles or handlers',
    (_name, site) => {
      const found: string[] = [];
      for (const { page, html } of htmlOf(site.dir)) {
        const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
          (m) => !/type="application\/(ld\+)?json"/.test(m[1]!),
        );
        // Embed pages, framed by other sites, have no theme switch and no script at all.
        const expected = page.startsWith('embed/') ? [] : [THEME_INIT];
        if (inline.map((m) => m[2]).join() !== expected.join()) found.push(`${page}: ${inline.length} inline scripts`);
        if (/<style[\s>]/.test(html)) found.push(`${page}: <style> element`);
        if (/\sstyle="/.test(html)) found.push(`${page}: style attribute`);
        if (/\son[a-z]+="/.test(html)) found.push(`${page}: inline event handler`);
        if (/href="javascript:/i.test(html)) found.push(`${page}: javascript: link`);
        if (!html.includes('http-equiv="content-security-policy"')) found.push(`${page}: no CSP meta tag`);
      }
      expect(found).toEqual([]);
    },
  );
});
