/**
 * robots.txt: everything may be crawled; the sitemap is named. Crawlers read
 * robots.txt only at a domain's root, so a site under a sub-path has its host
 * serve this file (or these lines) at the root.
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
