/** The only module that queries collections: the report as plain, typed, sorted data. */
import { getCollection, getEntry } from 'astro:content';
import { assembleReport, type Report } from './lib/report.ts';
import { isLocale } from './lib/i18n/locales.ts';
import {
  localise,
  toTranslation,
  translationTarget,
  type LocalReport,
  type TranslationKey,
} from './lib/i18n/translations.ts';

let cached: Promise<Report> | undefined;

/** Every published record: loaded once per build, fresh on every request in dev. */
export function loadReport(): Promise<Report> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<Report> {
  const [places, events, projects, commitments, series, articles, corrections, publishers, translations] =
    await Promise.all([
      getCollection('places'),
      getCollection('events'),
      getCollection('projects'),
      getCollection('commitments'),
      getCollection('series'),
      getCollection('articles'),
      getCollection('corrections'),
      getCollection('publishers'),
      getCollection('translations'),
    ]);
  return assembleReport({
    places,
    events,
    projects,
    commitments,
    series,
    articles,
    corrections,
    publishers,
    translations: translations.map((entry) => ({
      id: entry.id,
      data: toTranslation(translationTarget(entry.id) as TranslationKey, entry.data, entry.body),
    })),
  });
}

/** The report in the edition of the page asking (`Astro.currentLocale`): translated texts where there are some. */
export async function loadReportIn(locale: string | undefined): Promise<LocalReport> {
  return localise(await loadReport(), isLocale(locale) ? locale : 'en');
}

/** A chapter translated whole (`overview.az.mdx` with a body), for rendering in its edition. */
export async function loadChapterTranslation(id: string, lang: string) {
  return getEntry('translations', `articles/${id}.${lang}`);
}

/** Chapters with their bodies, for rendering. */
export function loadArticles() {
  return getCollection('articles', (a) => !a.data.draft);
}
