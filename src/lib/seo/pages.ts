/** The SEO options of each kind of page: what its card, data file and JSON-LD are. */
import { compareDates } from '../dates.ts';
import type { Entry, Report } from '../report.ts';
import { recordDataPath, routes } from '../routes.ts';
import type { ArticleMeta, Place, Project, TimelineEvent } from '../../schemas/types.ts';
import type { SeoOptions } from './head.ts';
import type { DownloadRow } from '../export/downloads.ts';
import { article, dataset, event, place, placeRef, report as reportNode, webPage, website } from './jsonld.ts';

export function homeSeo(report: Report): SeoOptions {
  return {
    jsonLd: ({ abs, page, image }) => [
      website(abs, page.description),
      reportNode(abs, {
        description: page.description,
        updated: page.updated,
        image,
        chapters: report.articles.map((a) => ({ title: a.data.title, url: abs(routes.article(a.id)) })),
      }),
    ],
  };
}

export function chapterSeo({ id, data }: Entry<ArticleMeta>, lang = 'en'): SeoOptions {
  return {
    type: 'article',
    published: data.published,
    image: routes.ogImage('articles', id, lang),
    data: recordDataPath('articles', id),
    jsonLd: ({ abs, page, image }) => [article(abs, { data, url: page.url, updated: page.updated, image })],
  };
}

export function projectSeo({ id, data }: Entry<Project>, placeNames: Record<string, string>, lang = 'en'): SeoOptions {
  return {
    image: routes.ogImage('projects', id, lang),
    data: recordDataPath('projects', id),
    jsonLd: ({ abs, page }) => [
      { ...webPage(page), about: data.places.map((p) => placeRef(abs, p.id, placeNames[p.id] ?? p.id)) },
    ],
  };
}

export function placeSeo({ id, data }: Entry<Place>): SeoOptions {
  return {
    data: recordDataPath('places', id),
    jsonLd: ({ page }) => [place({ data, url: page.url })],
  };
}

export function timelineSeo(events: Entry<TimelineEvent>[], placeNames: Record<string, string>): SeoOptions {
  return {
    jsonLd: ({ abs, page }) => [
      webPage(page),
      ...events.map((e) => event(abs, { data: e.data, url: abs(routes.event(e.id)), placeNames })),
    ],
  };
}

/** The open-data page: the Dataset, with every download, the places' bounding box and the timeline's start. */
export function dataSeo(
  report: Report,
  input: { name: string; description: string; keywords: string[]; downloads: DownloadRow[] },
): SeoOptions {
  const lats = report.places.map((p) => p.data.coordinates.lat);
  const lons = report.places.map((p) => p.data.coordinates.lon);
  const box: [number, number, number, number] | undefined =
    lats.length > 0 ? [Math.min(...lats), Math.min(...lons), Math.max(...lats), Math.max(...lons)] : undefined;
  const first = report.events.map((e) => e.data.date).sort(compareDates)[0];
  return {
    jsonLd: ({ abs, page }) => [
      dataset(abs, {
        name: input.name,
        description: input.description,
        url: page.url,
        updated: page.updated,
        keywords: input.keywords,
        box,
        ...(first ? { from: first } : {}),
        files: [
          ...input.downloads.flatMap((d) =>
            d.files
              .filter((f) => f.format !== 'JSON Schema')
              .map((f) => ({
                name: `${d.title} (${f.format})`,
                url: abs(f.path),
                format: f.format === 'CSV' ? 'text/csv' : 'application/json',
              })),
          ),
          { name: 'Data Package descriptor', url: abs(routes.dataPackage()), format: 'application/json' },
        ],
      }),
    ],
  };
}

/** Pages search engines should not index, such as the 404 page. */
export const noindexSeo: SeoOptions = { noindex: true };
