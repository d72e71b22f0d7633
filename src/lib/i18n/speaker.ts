/**
 * Everything code outside components needs to write in an edition's language:
 * its messages, the words for the data's values, dates and numbers. Pure (no
 * astro:*), so src/lib (search records, charts, the promise tally) takes one;
 * components get the same through `edition()` in src/i18n.ts, with links.
 */
import { DICTIONARIES, translator } from './dictionary.ts';
import { formatDate, formatDecimal, formatPeriod, formatValue } from './format.ts';
import { labelsOf } from './labels.ts';
import { LOCALES, type Locale } from './locales.ts';
import { localePath } from '../routes.ts';

function make(lang: Locale) {
  const t = translator(lang);
  return {
    lang,
    t,
    /** The raw messages, for scripts that fill them in the browser (src/lib/i18n/message.ts). */
    dictionary: DICTIONARIES[lang],
    labels: labelsOf(t),
    date: (value: string) => formatDate(value, lang),
    value: (value: number | string) => formatValue(value, lang),
    decimal: (value: number, digits: number) => formatDecimal(value, digits, lang),
    period: (value: string) => formatPeriod(value, lang),
    /** A page's path in this edition (`/az/places/shusha/`), before the base path. */
    path: (path: string) => localePath(lang, path),
  };
}
export type Speaker = ReturnType<typeof make>;

const speakers = new Map<Locale, Speaker>(LOCALES.map((lang) => [lang, make(lang)]));

/** The edition's speaker; English when none is asked for. */
export function speakerOf(lang: Locale = 'en'): Speaker {
  return speakers.get(lang)!;
}
