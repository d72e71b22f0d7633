/** Measures of the real site's build: page weights by kind, images, and the pages Lighthouse visits. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { PAGE_KINDS } from '../lib/page-kinds.ts';
import { htmlFiles } from './measure.ts';
import { heaviestByKind } from './page-weight.ts';

export const realPageWeights = (dir: string) => heaviestByKind(dir, '/', htmlFiles(dir));

/** Home, a chapter, a project, a place, the timeline, and search when the site has a search page. */
export function LIGHTHOUSE_KINDS(dir: string): Record<string, string> {
  const kinds = ['home', 'chapter', 'project', 'place', 'timeline'];
  const pages = Object.fromEntries(kinds.map((k) => [k, PAGE_KINDS[k]!]));
  return existsSync(join(dir, 'search', 'index.html')) ? { ...pages, search: 'search/' } : pages;
}

/** Images and social cards without their size: each needs width and height so nothing shifts as it loads. */
export function imageCheck(dir: string): { total: number; unsized: string[] } {
  let total = 0;
  const unsized: string[] = [];
  for (const file of htmlFiles(dir)) {
    const html = parse(readFileSync(join(dir, file), 'utf8'));
    for (const img of html.querySelectorAll('img')) {
      total++;
      if (!img.getAttribute('width') || !img.getAttribute('height'))
        unsized.push(`${file}: ${img.getAttribute('src')}`);
    }
    if (html.querySelector('meta[property="og:image"]')) {
      total++;
      if (
        !html.querySelector('meta[property="og:image:width"]') ||
        !html.querySelector('meta[property="og:image:height"]')
      )
        unsized.push(`${file}: og:image`);
    }
  }
  return { total, unsized };
}
