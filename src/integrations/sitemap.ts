/**
 * Writes sitemap.xml after the build, from the pages actually built: each
 * page's canonical URL and last-change date, except the 404 page and pages
 * marked noindex. Fails the build when a page has no canonical URL.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageHead, sitemapXml, type SitemapEntry } from '../lib/seo/sitemap.ts';

export default function sitemap(): AstroIntegration {
  return {
    name: 'report-sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html') && file !== '404.html' && !file.startsWith('404/'))
          .sort();
        const entries: SitemapEntry[] = [];
        let skipped = 0;
        for (const file of pages) {
          const head = readPageHead(readFileSync(join(root, file), 'utf8'));
          if (head.noindex) {
            skipped++;
            continue;
          }
          if (!head.canonical) throw new Error(`sitemap: ${file} has no <link rel="canonical">`);
          entries.push({
            loc: head.canonical,
            ...(head.modified ? { lastmod: head.modified } : {}),
            ...(head.alternates.length > 0 ? { alternates: head.alternates } : {}),
          });
        }
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(entries));
        logger.info(`sitemap.xml: ${entries.length} pages (${skipped} marked noindex, and the 404 page, left out)`);
      },
    },
  };
}
