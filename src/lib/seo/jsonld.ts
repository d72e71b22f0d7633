/**
 * JSON-LD (schema.org) for search engines and link previews: the report, its
 * chapters (Article), the open data (Dataset), places (Place) and timeline
 * events (Event). Each builder takes plain data and returns one node.
 */
import { LICENCE, REPORT_TITLE } from '../../consts.ts';
import { distinctSources } from '../report.ts';
import { routes } from '../routes.ts';
import type { ArticleMeta, Place, Source, TimelineEvent } from '../../schemas/types.ts';
import type { Absolute } from './site.ts';

export type JsonLd = Record<string, unknown>;

/**
 * Properties each type must have here: Google's required and recommended
 * properties for the types it reads, and what makes the node useful otherwise.
 * `a|b` means either.
 */
export const REQUIRED: Record<string, string[]> = {
  Article: ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'url'],
  Dataset: ['name', 'description', 'url', 'license', 'creator', 'distribution', 'dateModified'],
  Place: ['name', 'geo', 'url'],
  Event: ['name', 'startDate', 'description', 'url'],
  BreadcrumbList: ['itemListElement'],
  WebSite: ['name', 'url'],
  Report: ['name', 'url', 'author', 'license'],
  WebPage: ['name', 'url'],
};

/** The properties a node lacks, by its type's list above. */
export function missingProperties(node: JsonLd): string[] {
  const required = REQUIRED[String(node['@type'])] ?? [];
  return required.filter((names) => !names.split('|').some((name) => hasValue(node[name])));
}

const hasValue = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The report as author and publisher. */
export function organisation(abs: Absolute): JsonLd {
  return { '@type': 'Organization', name: REPORT_TITLE, url: abs('/') };
}

/** A source as a cited work. */
function citedWork(source: Source): JsonLd {
  return {
    '@type': 'CreativeWork',
    url: source.url,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.published ? { datePublished: source.published } : {}),
  };
}

/** A place by name and page, for `about` and `location`. */
export const placeRef = (abs: Absolute, id: string, name: string): JsonLd => ({
  '@type': 'Place',
  name,
  url: abs(routes.place(id)),
});

export function website(abs: Absolute, description: string): JsonLd {
  return { '@type': 'WebSite', name: REPORT_TITLE, url: abs('/'), description, inLanguage: 'en' };
}

export function report(
  abs: Absolute,
  input: { description: string; updated?: string; image: string; chapters: Array<{ title: string; url: string }> },
): JsonLd {
  return {
    '@type': 'Report',
    '@id': `${abs('/')}#report`,
    name: REPORT_TITLE,
    url: abs('/'),
    description: input.description,
    inLanguage: 'en',
    author: organisation(abs),
    publisher: organisation(abs),
    license: LICENCE.path,
    image: input.image,
    ...(input.updated ? { dateModified: input.updated } : {}),
    hasPart: input.chapters.map((c) => ({ '@type': 'Article', headline: c.title, url: c.url })),
  };
}

export function breadcrumbs(abs: Absolute, trail: Array<{ label: string; path: string }>, current: JsonLd): JsonLd {
  const items = [
    { name: 'Home', item: abs('/') },
    ...trail.map((c) => ({ name: c.label, item: abs(c.path) })),
    current,
  ];
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, ...item })),
  };
}

export function article(
  abs: Absolute,
  input: { data: ArticleMeta; url: string; updated?: string; image: string },
): JsonLd {
  const { data } = input;
  return {
    '@type': 'Article',
    '@id': `${input.url}#article`,
    headline: data.title,
    description: data.description,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: data.published,
    dateModified: input.updated ?? data.updated ?? data.published,
    inLanguage: 'en',
    position: data.chapter,
    author: organisation(abs),
    publisher: organisation(abs),
    image: [input.image],
    license: LICENCE.path,
    isPartOf: { '@type': 'Report', '@id': `${abs('/')}#report`, name: REPORT_TITLE, url: abs('/') },
    citation: distinctSources(Object.values(data.sources)).map(citedWork),
  };
}

export function place(input: { data: Place; url: string }): JsonLd {
  const { data } = input;
  return {
    '@type': 'Place',
    '@id': `${input.url}#place`,
    name: data.name,
    alternateName: [...new Set(data.altNames.map((n) => n.name))],
    description: data.summary,
    url: input.url,
    geo: { '@type': 'GeoCoordinates', latitude: data.coordinates.lat, longitude: data.coordinates.lon },
    containedInPlace: {
      '@type': 'AdministrativeArea',
      name: data.district,
      containedInPlace: { '@type': 'Country', name: 'Azerbaijan' },
    },
  };
}

/** Categories of events that happen in the places they concern; diplomacy and economy are only about them. */
const LOCATED = new Set(['conflict', 'reconstruction', 'return', 'demining']);

export function event(
  abs: Absolute,
  input: { data: TimelineEvent; url: string; placeNames: Record<string, string> },
): JsonLd {
  const { data } = input;
  const places = data.places.map((p) => placeRef(abs, p.id, input.placeNames[p.id] ?? p.id));
  return {
    '@type': 'Event',
    '@id': input.url,
    name: data.title,
    startDate: data.date,
    description: data.summary,
    url: input.url,
    ...(places.length > 0 && LOCATED.has(data.category) ? { location: places } : {}),
    ...(places.length > 0 ? { about: places } : {}),
  };
}

export function dataset(
  abs: Absolute,
  input: {
    name: string;
    description: string;
    url: string;
    updated?: string;
    keywords: string[];
    files: Array<{ name: string; url: string; format: string }>;
    /** Bounding box of the places: south, west, north, east. */
    box?: [number, number, number, number];
    /** The first date the data covers. */
    from?: string;
  },
): JsonLd {
  return {
    '@type': 'Dataset',
    '@id': `${input.url}#dataset`,
    name: input.name,
    description: input.description,
    url: input.url,
    keywords: input.keywords,
    license: LICENCE.path,
    isAccessibleForFree: true,
    creator: organisation(abs),
    publisher: organisation(abs),
    inLanguage: 'en',
    ...(input.updated ? { dateModified: input.updated, version: input.updated } : {}),
    ...(input.from ? { temporalCoverage: `${input.from}/..` } : {}),
    spatialCoverage: {
      '@type': 'Place',
      name: 'Karabakh region, Azerbaijan',
      ...(input.box ? { geo: { '@type': 'GeoShape', box: input.box.join(' ') } } : {}),
    },
    distribution: input.files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      encodingFormat: f.format,
      contentUrl: f.url,
    })),
  };
}

export function webPage(input: { title: string; description: string; url: string; updated?: string }): JsonLd {
  return {
    '@type': 'WebPage',
    name: input.title,
    description: input.description,
    url: input.url,
    inLanguage: 'en',
    ...(input.updated ? { dateModified: input.updated } : {}),
  };
}

/** The script text of a JSON-LD block: one graph, with `<` escaped so no text can close the script. */
export function jsonLdScript(nodes: JsonLd[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(/</g, '\\u003c');
}
