/**
 * The report's editions. English is the original, at the site's root; the
 * others are translations of it, each under its own prefix (/az/, /ru/, /hy/).
 */
export const LOCALES = ['en', 'az', 'ru', 'hy'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** The editions translated from English. */
export const TRANSLATIONS = ['az', 'ru', 'hy'] as const satisfies readonly Locale[];
export type TranslationLocale = (typeof TRANSLATIONS)[number];

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

export function isTranslation(value: unknown): value is TranslationLocale {
  return (TRANSLATIONS as readonly unknown[]).includes(value);
}

/** Each edition's own name (for the language switcher) and the locale `Intl` formats it with. */
export const LOCALE_INFO: Record<Locale, { name: string; english: string; intl: string }> = {
  en: { name: 'English', english: 'English', intl: 'en-GB' },
  az: { name: 'Azərbaycanca', english: 'Azerbaijani', intl: 'az-Latn-AZ' },
  ru: { name: 'Русский', english: 'Russian', intl: 'ru' },
  hy: { name: 'Հայերեն', english: 'Armenian', intl: 'hy' },
};
