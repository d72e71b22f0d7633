/**
 * The open data as the site's endpoints serve it: the report's published
 * records, tables and files for this build's SITE_URL and base path, and the
 * dated changelog from git history (empty outside a git checkout).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { loadReport } from './content.ts';
import { contentLog, recordHistories } from './git.ts';
import { contentDir } from './lib/content-dir.ts';
import { REPORT_TITLE } from './consts.ts';
import { buildDate } from './lib/dates.ts';
import { changelog, parseNameStatus, type ChangelogDay } from './lib/export/changelog.ts';
import { dataFiles, type DataFile } from './lib/export/files.ts';
import { openData, type OpenData } from './lib/export/open-data.ts';
import { publishedRecord, toJson } from './lib/export/records.ts';
import { routes } from './lib/routes.ts';
import { absoluteUrls, type Absolute } from './lib/seo/site.ts';
import type { CollectionName } from './schemas/common.ts';

export const DATASET_TITLE = 'Open data';
export const DATASET_DESCRIPTION = `Every record of the ${REPORT_TITLE} as JSON and CSV: reconstruction projects with their milestones, figures and contractors; towns and cities with every name they are known by; the timeline of the 2020 war, its aftermath and the peace process; public promises assessed against delivery; and number series on budgets, demining and returns. Every fact carries its source and an as-of date.`;
export const KEYWORDS = [
  'Karabakh',
  'Azerbaijan',
  'reconstruction',
  'infrastructure',
  'demining',
  'return',
  'timeline',
];

/** Absolute URLs for this build. */
export function siteUrls(site: URL | undefined): Absolute {
  if (!site) throw new Error('Astro `site` is not set: SITE_URL or astro.config.mjs must give the site its origin');
  return absoluteUrls(site, import.meta.env.BASE_URL);
}

/** Dated changes to the published records, newest day first. */
export async function dataChanges(): Promise<ChangelogDay[]> {
  const report = await loadReport();
  const published = new Set(
    (Object.keys(report) as CollectionName[]).flatMap((c) => report[c].map((e) => `${c}/${e.id}`)),
  );
  return changelog(parseNameStatus(contentLog(), contentDir()), published);
}

export async function siteOpenData(site: URL | undefined): Promise<OpenData> {
  return openData(await loadReport(), siteUrls(site), recordHistories());
}

const files = new Map<string, Promise<DataFile[]>>();

/** Every file under /data/, with datapackage.json describing the others; computed once per build. */
export function siteDataFiles(site: URL | undefined): Promise<DataFile[]> {
  const key = siteUrls(site)('/');
  if (import.meta.env.DEV || !files.has(key)) files.set(key, computeDataFiles(site));
  return files.get(key)!;
}

async function computeDataFiles(site: URL | undefined): Promise<DataFile[]> {
  const abs = siteUrls(site);
  const [data, days] = await Promise.all([siteOpenData(site), dataChanges()]);
  const version = days[0]?.date;
  const info = {
    name: 'karabakh-reconstruction-report',
    title: `${REPORT_TITLE}: ${DATASET_TITLE.toLowerCase()}`,
    description: DATASET_DESCRIPTION,
    homepage: abs(routes.data()),
    version,
    created: `${buildDate()}T00:00:00Z`,
    keywords: KEYWORDS,
    contributor: REPORT_TITLE,
  };
  return dataFiles(data, days, info, (text) => createHash('sha256').update(text).digest('hex'));
}

/** A JSON response with the site's JSON formatting. */
export const jsonResponse = (value: unknown) =>
  new Response(toJson(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** `getStaticPaths` and `GET` of the endpoint serving each record of a collection as JSON. */
export function recordEndpoint(collection: CollectionName): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () =>
      ((await loadReport())[collection] as Array<{ id: string; data: unknown }>).map((entry) => ({
        params: { id: entry.id },
        props: { entry },
      })),
    GET: ({ props, site }) => jsonResponse(publishedRecord(collection, props.entry, siteUrls(site), recordHistories())),
  };
}
