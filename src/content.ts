/** The only module that queries collections: the report as plain, typed, sorted data. */
import { getCollection } from 'astro:content';
import { assembleReport, type Report } from './lib/report.ts';

let cached: Promise<Report> | undefined;

/** Every published record: loaded once per build, fresh on every request in dev. */
export function loadReport(): Promise<Report> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<Report> {
  const [places, events, projects, commitments, series, articles, corrections, publishers] = await Promise.all([
    getCollection('places'),
    getCollection('events'),
    getCollection('projects'),
    getCollection('commitments'),
    getCollection('series'),
    getCollection('articles'),
    getCollection('corrections'),
    getCollection('publishers'),
  ]);
  return assembleReport({ places, events, projects, commitments, series, articles, corrections, publishers });
}

/** Chapters with their bodies, for rendering. */
export function loadArticles() {
  return getCollection('articles', (a) => !a.data.draft);
}
