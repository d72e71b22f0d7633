/**
 * What a page adds to its <head> for sharing and discovery: Open Graph and
 * Twitter cards, citation and Dublin Core dates, the feed and data links,
 * and JSON-LD. Pages describe themselves with `SeoOptions`; Base supplies the rest.
 */
import { REPORT_TITLE } from '../../consts.ts';
import { routes } from '../routes.ts';
import { breadcrumbs, jsonLdScript, webPage, type JsonLd } from './jsonld.ts';
import type { Absolute } from './site.ts';

/** The page as Base knows it. */
export interface PageInfo {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** Last change, YYYY-MM-DD. */
  updated?: string;
  crumbs?: Array<{ label: string; path: string }>;
  /** The page's edition; English when absent. */
  lang?: string;
  /** The report's name in that edition, and the word for the feed's "updates". */
  site?: string;
  updates?: string;
}

/** Open Graph's locale for each edition. */
const OG_LOCALE: Record<string, string> = { en: 'en_GB', az: 'az_AZ', ru: 'ru_RU', hy: 'hy_AM' };

/** What a page can say about itself; every field is optional. */
export interface SeoOptions {
  /** `article` for chapters; other pages are `website`. */
  type?: 'website' | 'article';
  /** First publication, YYYY-MM-DD (chapters). */
  published?: string;
  /** Site path of the page's 1200×630 card; the report's card otherwise. */
  image?: string;
  /** The page's record as JSON, as a site path. */
  data?: string;
  /** Keeps the page out of search engines and the sitemap. */
  noindex?: boolean;
  /** JSON-LD nodes describing the page's content (the breadcrumb trail is added here). */
  jsonLd?: (context: JsonLdContext) => JsonLd[];
}

export interface JsonLdContext {
  abs: Absolute;
  page: PageInfo;
  /** Absolute URL of the page's card image. */
  image: string;
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

export interface LinkTag {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}

export interface HeadTags {
  meta: MetaTag[];
  links: LinkTag[];
  /** The JSON-LD script's text. */
  jsonLd: string;
}

export const CARD = { width: 1200, height: 630 };

/** "2021-10-26" → "2021/10/26", the form Google Scholar's citation_* tags expect. */
const scholarDate = (date: string) => date.replaceAll('-', '/');

export function headTags(page: PageInfo, seo: SeoOptions, abs: Absolute): HeadTags {
  const type = seo.type ?? 'website';
  const image = abs(seo.image ?? routes.ogDefault(page.lang));
  const site = page.site ?? REPORT_TITLE;
  const imageAlt = seo.image ? `${page.title} (${site})` : site;
  const meta: MetaTag[] = [
    ...(seo.noindex ? [{ name: 'robots', content: 'noindex' }] : []),
    { property: 'og:type', content: type },
    { property: 'og:site_name', content: site },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.url },
    { property: 'og:locale', content: OG_LOCALE[page.lang ?? 'en'] ?? 'en_GB' },
    { property: 'og:image', content: image },
    { property: 'og:image:type', content: 'image/jpeg' },
    { property: 'og:image:width', content: String(CARD.width) },
    { property: 'og:image:height', content: String(CARD.height) },
    { property: 'og:image:alt', content: imageAlt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: imageAlt },
    ...(page.updated ? [{ name: 'dcterms.modified', content: page.updated }] : []),
    ...(type === 'article' && seo.published
      ? [
          { property: 'article:published_time', content: seo.published },
          ...(page.updated ? [{ property: 'article:modified_time', content: page.updated }] : []),
          { name: 'citation_title', content: page.title },
          { name: 'citation_author', content: site },
          { name: 'citation_inbook_title', content: site },
          { name: 'citation_publication_date', content: scholarDate(seo.published) },
          { name: 'citation_public_url', content: page.url },
        ]
      : []),
  ];
  const links: LinkTag[] = [
    {
      rel: 'alternate',
      type: 'application/atom+xml',
      title: `${site}: ${page.updates ?? 'updates'}`,
      href: abs(routes.feed(page.lang)),
    },
    ...(seo.data
      ? [{ rel: 'alternate', type: 'application/json', title: 'This record as JSON', href: abs(seo.data) }]
      : []),
  ];
  const nodes = [
    ...(seo.jsonLd?.({ abs, page, image }) ?? [webPage(page)]),
    ...(page.crumbs ? [breadcrumbs(abs, page.crumbs, { name: page.title, item: page.url })] : []),
  ].map((node) => (page.lang && 'inLanguage' in node ? { ...node, inLanguage: page.lang } : node));
  return { meta, links, jsonLd: jsonLdScript(nodes) };
}
