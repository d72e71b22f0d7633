/** Dates and numbers in each edition's conventions, with Intl (the English edition keeps its own month names). */
import { formatDate as formatEnglishDate, PARTIAL_DATE_PATTERN } from '../dates.ts';
import { LOCALE_INFO, type Locale } from './locales.ts';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = make()));
  return found as T;
}

/** "26 October 2021", "26 октября 2021 г.", "2021 թ. հոկտեմբերի 26"; as precise as the date. */
export function formatDate(value: string, lang: Locale = 'en'): string {
  if (lang === 'en') return formatEnglishDate(value);
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return memo(`d:${lang}:${day ? 'd' : 'm'}`, () => new Intl.DateTimeFormat(LOCALE_INFO[lang].intl, options)).format(
    date,
  );
}

/** 3,000 / 3 000 / 3.000: grouping and decimals as the edition writes them; text values pass through. */
export function formatValue(value: number | string, lang: Locale = 'en'): string {
  if (typeof value !== 'number') return value;
  return memo(`n:${lang}`, () => new Intl.NumberFormat(LOCALE_INFO[lang].intl, { maximumFractionDigits: 4 })).format(
    value,
  );
}

/** A number with exactly `digits` decimals (coordinates), in the edition's form. */
export function formatDecimal(value: number, digits: number, lang: Locale = 'en'): string {
  return memo(
    `f:${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(LOCALE_INFO[lang].intl, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: false,
      }),
  ).format(value);
}

/** A series period as readers write it: a date in the edition's form; labels pass through. */
export function formatPeriod(period: string, lang: Locale = 'en'): string {
  return PARTIAL_DATE_PATTERN.test(period) ? formatDate(period, lang) : period;
}
