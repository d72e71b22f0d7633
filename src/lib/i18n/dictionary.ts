/**
 * Interface strings: one dictionary per edition (src/lib/i18n/ui/<lang>.ts),
 * keyed like the English one. A message is a string with `{name}` slots, or
 * one string per plural category of the language (Intl.PluralRules) for
 * messages about a count. A missing or extra key stops the build
 * (`dictionaryProblems`, run by the content check).
 */
import { az } from './ui/az.ts';
import { en } from './ui/en.ts';
import { hy } from './ui/hy.ts';
import { ru } from './ui/ru.ts';
import type { Problem } from '../integrity/problem.ts';
import { LOCALE_INFO, TRANSLATIONS, type Locale } from './locales.ts';
import { formatMessage, type Message, type Plural, type Vars } from './message.ts';

export type { Message, Plural };
export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, Message>;

export const DICTIONARIES: Record<Locale, Dictionary> = { en, az, ru, hy };

/** The edition's messages: `t('key', { count: 3 })`. */
export function translator(lang: Locale, dictionaries: Record<Locale, Dictionary> = DICTIONARIES) {
  const messages = dictionaries[lang];
  const locale = LOCALE_INFO[lang].intl;
  // A key missing from an edition's dictionary stops the build in the content check; English stands in until then (`astro dev`).
  const t = (key: MessageKey, vars: Vars = {}): string =>
    formatMessage(messages[key] ?? dictionaries.en[key], vars, messages[key] ? locale : 'en');
  // The Intl locale, for code that formats beside the messages (lists); English keeps the report's own forms.
  return Object.assign(t, { locale: lang === 'en' ? 'en' : locale });
}
export type Translate = ReturnType<typeof translator>;

/**
 * Every difference between an edition's dictionary and the English one: a key missing or extra, or a message whose
 * `{slots}` differ. Each stops the build, naming the language's file and the key.
 */
export function dictionaryProblems(dictionaries: Record<Locale, Record<string, Message>> = DICTIONARIES): Problem[] {
  const english = dictionaries.en;
  const slots = (m: Message) =>
    [...new Set((typeof m === 'string' ? [m] : Object.values(m)).join(' ').match(/\{\w+\}/g) ?? [])].sort().join(' ');
  return TRANSLATIONS.flatMap((lang) => {
    const dictionary = dictionaries[lang];
    const file = `src/lib/i18n/ui/${lang}.ts`;
    const language = LOCALE_INFO[lang].english;
    return [
      ...Object.keys(english)
        .filter((key) => !(key in dictionary))
        .map((key) => ({ file, field: key, message: `missing; expected the ${language} text of the English key` })),
      ...Object.keys(dictionary)
        .filter((key) => !(key in english))
        .map((key) => ({
          file,
          field: key,
          message: 'is not a key of the English dictionary (en.ts); expected it removed',
        })),
      ...Object.keys(dictionary)
        .filter((key) => key in english && slots(dictionary[key]!) !== slots(english[key]!))
        .map((key) => ({
          file,
          field: key,
          message: `has the slots "${slots(dictionary[key]!)}"; expected "${slots(english[key]!)}", as in English`,
        })),
    ];
  });
}
