/**
 * The neutral voice in every edition (../shared/EDITORIAL.md, "Voice"): a translation uses one side's framing word
 * only where the English text it translates has one too (in a quotation or attributed paraphrase, which the English
 * check holds to its own rule). Each language's words are its equivalents of the English list.
 */
import type { TranslationLocale } from '../i18n/locales.ts';
import { LOADED_TERMS } from './voice.ts';

export const LOADED_TERMS_BY_LANG: Record<TranslationLocale, Array<{ term: string; pattern: RegExp }>> = {
  az: [
    { term: 'işğal (occupation)', pattern: /işğal/iu },
    { term: 'azad edilmiş (liberated)', pattern: /\bazad (?:edil|olun)/iu },
    { term: 'soyqırımı (genocide)', pattern: /soyqırım/iu },
    { term: 'təcavüz (aggression)', pattern: /təcavüz/iu },
    { term: 'qondarma (so-called)', pattern: /qondarma/iu },
  ],
  ru: [
    { term: 'оккупация (occupation)', pattern: /оккупац|оккупирова/iu },
    { term: 'освобождённые (liberated lands)', pattern: /освобожд[её]нн\p{L}* (?:территор|земл|район)/iu },
    { term: 'геноцид (genocide)', pattern: /геноцид/iu },
    { term: 'агрессия (aggression)', pattern: /агресс/iu },
  ],
  hy: [
    { term: 'օկուպացիա/բռնազավթում (occupation)', pattern: /օկուպաց|բռնազավթ/u },
    { term: 'ազատագրված (liberated)', pattern: /ազատագր/u },
    { term: 'ցեղասպանություն (genocide)', pattern: /ցեղասպան/u },
    { term: 'ագրեսիա (aggression)', pattern: /ագրեսի/u },
  ],
};

/** The framing words a translated text uses that its English original does not (attributed) use. */
export function unmatchedFramingWords(lang: TranslationLocale, translated: string, english: string): string[] {
  const englishFrames = LOADED_TERMS.some(({ pattern }) => pattern.test(english));
  if (englishFrames) return [];
  return LOADED_TERMS_BY_LANG[lang].filter(({ pattern }) => pattern.test(translated)).map(({ term }) => term);
}
