/** Every page's path, before the base path is added (see src/paths.ts). */
export const routes = {
  home: () => '/',
  timeline: () => '/timeline/',
  timelineCategory: (category: string) => `/timeline/${category}/`,
  event: (id: string) => `/timeline/#${id}`,
  places: () => '/places/',
  place: (id: string) => `/places/${id}/`,
  projects: () => '/projects/',
  project: (id: string) => `/projects/${id}/`,
  commitments: () => '/commitments/',
  commitment: (id: string) => `/commitments/#${id}`,
  articles: () => '/articles/',
  article: (id: string) => `/articles/${id}/`,
  sources: () => '/sources/',
  publisher: (id: string) => `/sources/#publisher-${id}`,
  about: () => '/about/',
  glossary: () => '/glossary/',
  corrections: () => '/corrections/',
  changes: () => '/changes/',
  data: () => '/data/',
  series: (id: string) => `/data/#${id}`,
  dataFile: (name: string, format: 'json' | 'csv') => `/data/${name}.${format}`,
  dataSchema: (name: string) => `/data/${name}.schema.json`,
  dataPackage: () => '/data/datapackage.json',
  /** Each edition's feed: /feed.xml for English, /az/feed.xml for Azerbaijani… */
  feed: (lang = 'en') => (lang === 'en' ? '/feed.xml' : `/${lang}/feed.xml`),
  sitemap: () => '/sitemap.xml',
  /** A page's social card, drawn in its edition's language (English at /og/, the others at /og/<lang>/). */
  ogImage: (collection: string, id: string, lang = 'en') =>
    `/og/${lang === 'en' ? '' : `${lang}/`}${collection}/${id}.jpg`,
  ogDefault: (lang = 'en') => `/og/${lang === 'en' ? '' : `${lang}/`}report.jpg`,
  search: () => '/search/',
  charts: () => '/charts/',
  chart: (id: string) => `/charts/${id}/`,
  chartCsv: (id: string) => `/charts/${id}.csv`,
  chartSvg: (id: string) => `/charts/${id}.svg`,
  chartPng: (id: string) => `/charts/${id}.png`,
  releases: () => '/releases/',
  release: (version: string) => `/releases/${version}/`,
  /** A file of a release, as frozen ("data/projects.csv", "report.pdf"): the same in every edition. */
  releaseFile: (version: string, path: string) => `/releases/${version}/${path}`,
  /** A chart's page for other sites to frame: English at /embed/charts/<id>/, the others at /embed/<lang>/charts/<id>/. */
  embedChart: (id: string, lang = 'en') => `/embed/${lang === 'en' ? '' : `${lang}/`}charts/${id}/`,
};

/** The JSON file of a record, beside its page (a series' beside the data page). */
export function recordDataPath(collection: string, id: string): string {
  const folder =
    collection === 'events'
      ? 'timeline'
      : collection === 'series'
        ? 'data/series'
        : collection === 'publishers'
          ? 'sources'
          : collection;
  return `/${folder}/${id}.json`;
}

/** The record a page shows, as "collection/id", from the page's path (without the base); none for other pages. */
export function recordOfPath(path: string): string | undefined {
  const m = /^\/(places|projects|articles)\/([a-z0-9-]+)\/$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** The page of any record, from its collection and id. */
export function recordPath(collection: string, id: string): string {
  switch (collection) {
    case 'places':
      return routes.place(id);
    case 'projects':
      return routes.project(id);
    case 'events':
      return routes.event(id);
    case 'commitments':
      return routes.commitment(id);
    case 'articles':
      return routes.article(id);
    case 'corrections':
      return `${routes.corrections()}#${id}`;
    case 'publishers':
      return routes.publisher(id);
    default:
      return routes.series(id);
  }
}

/**
 * A path in an edition: pages move under the language's prefix (`/az/places/shusha/`), files do not
 * (data, feeds of English, cards and downloads stay at one address, machine-readable, in English).
 */
export function localePath(lang: string, path: string): string {
  if (lang === 'en' || !/^\/(?:[^?#]*\/)?(?:[?#].*)?$/.test(path)) return path;
  return `/${lang}${path}`;
}

/** The edition and the English path of a page path (without the base): "/az/places/" → az, "/places/". */
export function splitLocalePath(path: string, locales: readonly string[]): { lang: string; path: string } {
  const m = /^\/([a-z]{2})(\/.*)$/.exec(path);
  return m && locales.includes(m[1]!) && m[1] !== 'en' ? { lang: m[1]!, path: m[2]! } : { lang: 'en', path };
}
