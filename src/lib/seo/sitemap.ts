/**
 * The sitemap (sitemaps.org): every page of the build, read from the built
 * HTML, so a new page is listed without anyone remembering to add it. A page
 * is left out when it asks not to be indexed (`<meta name="robots" content="noindex">`).
 */
import { parse } from 'node-html-parser';
import { escapeXml } from '../export/xml.ts';

export interface SitemapEntry {
  /** Absolute canonical URL. */
  loc: string;
  /** Last change, YYYY-MM-DD. */
  lastmod?: string;
  /** The same page in each edition (hreflang → URL), as its <head> announces them. */
  alternates?: Array<{ hreflang: string; href: string }>;
}

/** What the sitemap needs from a page: its canonical URL, whether it may be indexed, when it last changed. */
export function readPageHead(html: string): {
  canonical?: string;
  noindex: boolean;
  modified?: string;
  alternates: Array<{ hreflang: string; href: string }>;
} {
  // Only the head is parsed: a record list's body can run to a megabyte, and the sitemap reads every page.
  const end = html.indexOf('</head>');
  const head = parse(end === -1 ? html : `${html.slice(0, end)}</head></html>`).querySelector('head');
  const alternates = (head?.querySelectorAll('link[rel="alternate"][hreflang]') ?? []).map((l) => ({
    hreflang: l.getAttribute('hreflang')!,
    href: l.getAttribute('href')!,
  }));
  const canonical = head?.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const robots = head?.querySelector('meta[name="robots"]')?.getAttribute('content');
  const modified = head?.querySelector('meta[name="dcterms.modified"]')?.getAttribute('content');
  return {
    ...(canonical ? { canonical } : {}),
    noindex: /noindex/i.test(robots ?? ''),
    ...(modified ? { modified } : {}),
    alternates,
  };
}

/** The sitemap: each URL once (with its latest change, when pages share a canonical URL), sorted. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const byLoc = new Map<string, SitemapEntry>();
  for (const entry of entries) {
    const seen = byLoc.get(entry.loc);
    if (!seen || (entry.lastmod ?? '') > (seen.lastmod ?? '')) byLoc.set(entry.loc, entry);
  }
  const urls = [...byLoc.values()]
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map(
      (e) =>
        `  <url>\n    <loc>${escapeXml(e.loc)}</loc>\n${e.lastmod ? `    <lastmod>${e.lastmod}</lastmod>\n` : ''}${(
          e.alternates ?? []
        )
          .map(
            (a) =>
              `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>\n`,
          )
          .join('')}  </url>`,
    );
  // Each page lists its editions (Google's hreflang in sitemaps), so one sitemap serves every language.
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
