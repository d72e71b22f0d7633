/**
 * The report in another language: each record with its translation laid over
 * the English, and what state the translation is in (current, stale, missing;
 * reviewed or machine-assisted). Pages read a localised report and never look
 * at translation files themselves.
 */
import type { Entry, Report } from '../report.ts';
import { isTranslation, TRANSLATIONS, type Locale, type TranslationLocale } from './locales.ts';
import {
  englishHash,
  englishTexts,
  isTranslatedCollection,
  overlay,
  TRANSLATED_COLLECTIONS,
  type Texts,
  type TranslatedCollection,
} from './translatable.ts';

/** A translation file, read: which record it translates, into which language, and its texts. */
export interface Translation {
  collection: TranslatedCollection;
  /** The English record's id. */
  id: string;
  lang: TranslationLocale;
  translates: string;
  reviewed?: { by: string; on: string };
  texts: Texts;
  /** The translated chapter body, when the whole chapter is translated. */
  body?: string;
}

/** `places/shusha.hy.json` (or the loader's id `places/shusha.hy`): the record and edition a file translates. */
export function translationTarget(path: string): { collection: string; id: string; lang: string } | undefined {
  const match = /(?:^|\/)([^/]+)\/(?:[^/]+\/)*([a-z0-9-]+)\.([a-z]{2})(?:\.(?:json|mdx))?$/.exec(path);
  return match ? { collection: match[1]!, id: match[2]!, lang: match[3]! } : undefined;
}

/** The record and edition a translation is for, once the check has found both exist. */
export type TranslationKey = { collection: TranslatedCollection; id: string; lang: TranslationLocale };

/** A translation from a file's parsed data (the meta fields apart from the texts). */
export function toTranslation(target: TranslationKey, data: Record<string, unknown>, body?: string): Translation {
  const { translates, reviewed, ...texts } = data;
  return {
    ...target,
    translates: translates as string,
    ...(reviewed ? { reviewed: reviewed as Translation['reviewed'] } : {}),
    texts: texts as Texts,
    ...(body?.trim() ? { body } : {}),
  };
}

export type TranslationState = 'current' | 'stale' | 'missing';

export interface RecordTranslation {
  state: TranslationState;
  /** Who checked it against the English, and when; absent while machine-assisted. */
  reviewedBy?: { by: string; on: string } | undefined;
  /** The whole chapter body is translated (chapters only). */
  body: boolean;
}

/** A report in one edition: texts in its language where translated, and the state of each record's translation. */
export interface LocalReport extends Report {
  lang: Locale;
  /** `places/shusha` → its translation's state; English records are always current. */
  translation: (collection: string, id: string) => RecordTranslation;
}

const ORIGINAL: RecordTranslation = { state: 'current', body: true };
const MISSING: RecordTranslation = { state: 'missing', body: false };

/** Whether a translation still matches the English record it was made from. */
export function isStale(translation: Translation, english: object, englishBody?: string): boolean {
  const texts = englishTexts(translation.collection, english, translation.body ? (englishBody ?? '') : undefined);
  return englishHash(texts) !== translation.translates;
}

const localised = new WeakMap<Report, Map<Locale, LocalReport>>();

/** The report in `lang`; built once per report and language. */
export function localise(report: Report, lang: Locale): LocalReport {
  let byLang = localised.get(report);
  if (!byLang) localised.set(report, (byLang = new Map()));
  let local = byLang.get(lang);
  if (!local) byLang.set(lang, (local = build(report, lang)));
  return local;
}

function build(report: Report, lang: Locale): LocalReport {
  if (!isTranslation(lang)) return { ...report, lang, translation: () => ORIGINAL };
  const states = new Map<string, RecordTranslation>();
  const translations = new Map(
    report.translations.filter((t) => t.data.lang === lang).map((t) => [`${t.data.collection}/${t.data.id}`, t.data]),
  );
  const over = <T extends object>(
    collection: TranslatedCollection,
    entries: Array<{ id: string; data: T; body?: string }>,
  ) =>
    entries.map((entry) => {
      const t = translations.get(`${collection}/${entry.id}`);
      if (!t) return { ...entry, lang: 'en' as const };
      const stale = isStale(t, entry.data, entry.body);
      states.set(`${collection}/${entry.id}`, {
        state: stale ? 'stale' : 'current',
        reviewedBy: t.reviewed,
        body: !!t.body,
      });
      const data = overlay(collection, entry.data, t.texts);
      return {
        ...entry,
        data: withEnglishName(collection, entry.data, data),
        ...(t.body ? { body: t.body } : {}),
        ...(stale ? { stale: true as const } : {}),
      };
    });
  return {
    ...report,
    ...(Object.fromEntries(
      TRANSLATED_COLLECTIONS.map((collection) => [collection, over(collection, report[collection] as Entry<object>[])]),
    ) as Pick<Report, TranslatedCollection>),
    lang,
    translation: (collection, id) =>
      states.get(`${collection}/${id}`) ?? (isTranslatedCollection(collection) ? MISSING : ORIGINAL),
  };
}

/**
 * A place keeps its English name among its other names in every edition, so that the edition's search finds it by
 * that name too (the translation's name, in the edition's script, becomes the main one).
 */
function withEnglishName<T extends object>(collection: TranslatedCollection, english: T, translated: T): T {
  if (collection !== 'places') return translated;
  const { name } = english as { name: string };
  const place = translated as { name: string; altNames: Array<{ name: string; kind: string }> };
  if (place.name === name || place.altNames.some((n) => n.name === name)) return translated;
  return { ...translated, altNames: [{ name, kind: 'variant' }, ...place.altNames] } as T;
}

/** How much of each collection each edition translates: the table `npm run check` prints. */
export function coverage(report: Report): Array<{
  lang: TranslationLocale;
  collection: TranslatedCollection;
  records: number;
  current: number;
  stale: string[];
}> {
  return TRANSLATIONS.flatMap((lang) => {
    const local = localise(report, lang);
    return TRANSLATED_COLLECTIONS.map((collection) => {
      const ids = (report[collection] as Array<{ id: string }>).map((e) => e.id);
      const states = ids.map((id) => ({ id, state: local.translation(collection, id).state }));
      return {
        lang,
        collection,
        records: ids.length,
        current: states.filter((s) => s.state === 'current').length,
        stale: states.filter((s) => s.state === 'stale').map((s) => s.id),
      };
    });
  });
}
