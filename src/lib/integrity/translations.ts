/**
 * Translation files (`shusha.hy.json`, `overview.az.mdx`): each names an
 * edition and an English record that exist, carries the hash of the English
 * it translates, and gives texts shaped like the English ones.
 */
import { TRANSLATIONS, isTranslation } from '../i18n/locales.ts';
import { englishTexts, isTranslatedCollection, shapeProblems, TRANSLATED_COLLECTIONS } from '../i18n/translatable.ts';
import { isStale, toTranslation, type Translation } from '../i18n/translations.ts';
import { translationMeta } from '../../schemas/translation.ts';
import { parseContentFile, type ContentFile } from './parse.ts';
import type { Problem } from './problem.ts';
import type { CheckedRecord } from './record.ts';
import { todoProblems } from './todo.ts';
import { issuesToProblems } from './zod-issues.ts';
import { unmatchedFramingWords } from '../editorial/translation-voice.ts';
import type { TranslationLocale } from '../i18n/locales.ts';
import type { Texts } from '../i18n/translatable.ts';

/** Each translated text (and the body) beside its English one, with the framing words only the translation uses. */
function framingWords(
  lang: TranslationLocale,
  translation: Translation,
  english: Texts,
  englishBody: string | undefined,
): Array<[field: string, words: string[]]> {
  const pairs: Array<[string, string, string]> = Object.entries(translation.texts).flatMap(([key, value]) => {
    const original = english[key];
    if (typeof value === 'string') return [[key, value, typeof original === 'string' ? original : '']];
    if (!Array.isArray(value) || !Array.isArray(original)) return [];
    return value.map((item, i): [string, string, string] => [
      `${key}[${i}]`,
      JSON.stringify(item),
      JSON.stringify(original[i] ?? ''),
    ]);
  });
  if (translation.body) pairs.push(['body', translation.body, englishBody ?? '']);
  return pairs.flatMap(([field, text, original]) => {
    const words = unmatchedFramingWords(lang, text, original);
    return words.length > 0 ? [[field, words] as [string, string[]]] : [];
  });
}

/** `shusha.hy` → the id and the edition suffix, for a file name with one dot before its extension. */
export function translationName(file: string): { id: string; lang: string } | undefined {
  const match = /(?:^|\/)([^/.]+)\.([^/.]+)\.[^/.]+$/.exec(file);
  return match ? { id: match[1]!, lang: match[2]! } : undefined;
}

/** The problems of translation files, and the translations that passed, as records of the collection "translations". */
export function checkTranslations(
  files: ContentFile[],
  records: CheckedRecord[],
): { problems: Problem[]; translations: CheckedRecord[] } {
  const english = new Map(records.map((r) => [`${r.collection}/${r.id}`, r]));
  const problems: Problem[] = [];
  const translations: CheckedRecord[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const fail = (field: string, message: string) => problems.push({ file: file.file, field, message });
    const { id, lang } = translationName(file.file)!;
    if (!isTranslation(lang)) {
      fail(
        '',
        `"${lang}" is not an edition; expected a translation named <id>.<${TRANSLATIONS.join('|')}>.${file.file.split('.').pop()}`,
      );
      continue;
    }
    if (!isTranslatedCollection(file.collection)) {
      fail('', `${file.collection} are not translated; expected translations in ${TRANSLATED_COLLECTIONS.join(', ')}`);
      continue;
    }
    const key = `${file.collection}/${id}.${lang}`;
    const earlier = seen.get(key);
    if (earlier) {
      fail(
        '',
        `translates ${file.collection}/${id} into ${lang}, as ${earlier} does; expected one translation per record and edition`,
      );
      continue;
    }
    seen.set(key, file.file);
    const original = english.get(`${file.collection}/${id}`);
    if (!original) {
      fail(
        '',
        `translates "${id}", which is not a record of ${file.collection} (or did not pass its check); expected the id of an English file beside it`,
      );
      continue;
    }
    const parsed = parseContentFile(file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const meta = translationMeta.safeParse(parsed.data, { reportInput: true });
    const todos = todoProblems(file.file, parsed.data, parsed.body, file.text);
    if (!meta.success || todos.length > 0) {
      problems.push(...(meta.success ? [] : issuesToProblems(file.file, meta.error.issues)), ...todos);
      continue;
    }
    const translation: Translation = toTranslation(
      { collection: file.collection, id, lang },
      meta.data as Record<string, unknown>,
      parsed.body,
    );
    const stale = isStale(translation, original.data, original.body);
    const texts = englishTexts(file.collection, original.data);
    const shape = shapeProblems(file.collection, translation.texts, texts, stale);
    if (shape.length > 0) {
      for (const [field, message] of shape) fail(field, message);
      continue;
    }
    for (const [field, words] of framingWords(lang, translation, texts, original.body))
      fail(
        field,
        `uses ${words.join(', ')} in the report's own voice, where the English it translates does not; expected the neutral wording (../shared/EDITORIAL.md, "Voice")`,
      );
    translations.push({
      collection: 'translations',
      id: `${file.collection}/${id}.${lang}`,
      file: file.file,
      text: file.text,
      data: translation as unknown as Record<string, unknown>,
      body: parsed.body,
    });
  }
  return { problems, translations };
}
