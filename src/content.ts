/** The only module that queries collections: the report as plain, typed, sorted data. */
import { getCollection } from 'astro:content';
import { byName, sortEvents, type Report } from './lib/report.ts';

let cached: Promise<Report> | undefined;

/** Every published record: loaded once per build, fresh on every request in dev. */
export function loadReport(): Promise<Report> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<Report> {
  const [places, events, projects, commitments, series, articles, corrections] = await Promise.all([
    getCollection('places'),
    getCollection('events'),
    getCollection('projects'),
    getCollection('commitments'),
    getCollection('series'),
    getCollection('articles', (a) => !a.data.draft),
    getCollection('corrections'),
  ]);
  return {
    places: byName(places),
    events: sortEvents(events),
    projects: byName(projects),
    commitments: [...commitments].sort(
      (a, b) => a.data.promisedOn.localeCompare(b.data.promisedOn) || a.id.localeCompare(b.id),
    ),
    series: [...series].sort((a, b) => a.id.localeCompare(b.id)),
    articles: [...articles].sort((a, b) => a.data.chapter - b.data.chapter),
    corrections: [...corrections].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
  };
}

/** Chapters with their bodies, for rendering. */
export function loadArticles() {
  return getCollection('articles', (a) => !a.data.draft);
}
