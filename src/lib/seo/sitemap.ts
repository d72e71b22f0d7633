/**
 * The sitemap (sitemaps.org): every page of the build, read from the built
 * HTML, so a new page is listed without anyone remembering to add it. A page
 * is left out when it asks not to be indexed (`<meta name="robots" content="noindex">`).
 */
import { escapeXml } from '../export/xml.ts';

export interface SitemapEntry {
  /** Absolute canonical URL. */
  loc: string;
  /** Last change, YYYY-MM-DD. */
  lastmod?: string;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What the sitemap needs from a page: its canonical URL, whether it may be indexed, when it last changed. */
export function readPageHead(html: string): { canonical?: string; noindex: boolean; modified?: string } {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const tags = head.match(/<(?:meta|link)\b[^>]*>/gi) ?? [];
  const find = (kind: string, key: string, value: string) =>
    tags.find((t) => t.toLowerCase().startsWith(`<${kind}`) && attr(t, key)?.toLowerCase() === value);
  const canonical = find('link', 'rel', 'canonical');
  const robots = find('meta', 'name', 'robots');
  const modified = find('meta', 'name', 'dcterms.modified');
  return {
    ...(canonical ? { canonical: decode(attr(canonical, 'href') ?? '') } : {}),
    noindex: Boolean(robots && /noindex/i.test(attr(robots, 'content') ?? '')),
    ...(modified ? { modified: attr(modified, 'content') } : {}),
  };
}

export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = [...entries]
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map(
      (e) =>
        `  <url>\n    <loc>${escapeXml(e.loc)}</loc>\n${e.lastmod ? `    <lastmod>${e.lastmod}</lastmod>\n` : ''}  </url>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
