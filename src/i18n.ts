/**
 * What a component needs to speak its edition's language: messages, links
 * that stay in the edition, dates and numbers in its conventions. Every
 * component reads it from `Astro.currentLocale`: `const { t, href } = edition(Astro.currentLocale)`.
 */
import type { MessageKey } from './lib/i18n/dictionary.ts';
import { formatDate } from './lib/i18n/format.ts';
import { isLocale, LOCALES, type Locale } from './lib/i18n/locales.ts';
import { speakerOf } from './lib/i18n/speaker.ts';
import { localePath, recordPath } from './lib/routes.ts';
import { href as baseHref } from './paths.ts';

/** Markup for a message slot; everything else in a message is escaped. */
export interface Markup {
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function make(lang: Locale) {
  const speaker = speakerOf(lang);
  const { t } = speaker;
  return {
    ...speaker,
    /** `lang` for English text shown untranslated in another edition ("en"); nothing in the English edition. */
    untranslated: lang === 'en' ? undefined : ('en' as const),
    /** A link inside the site, in this edition when it is a page. */
    href: (path: string) => baseHref(localePath(lang, path)),
    recordHref: (collection: string, id: string) => baseHref(localePath(lang, recordPath(collection, id))),
    /** A message with markup in its slots (`time(...)`, `link(...)`): escaped text around them, for `set:html`. */
    html: (key: MessageKey, vars: Record<string, string | number | Markup> = {}) => {
      const marks = new Map<string, string>();
      const plain = Object.fromEntries(
        Object.entries(vars).map(([name, value]) => {
          if (typeof value !== 'object') return [name, value];
          const token = `\u0000${marks.size}\u0000`;
          marks.set(token, value.html);
          return [name, token];
        }),
      );
      return escapeHtml(t(key, plain)).replace(/\u0000\d+\u0000/g, (token) => marks.get(token)!);
    },
    /** A link, for `html` slots. */
    link: (url: string, text: string, attributes: Record<string, string> = {}): Markup => ({
      html: `<a href="${escapeHtml(url)}"${Object.entries(attributes)
        .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
        .join('')}>${escapeHtml(text)}</a>`,
    }),
    /** A date as a <time> element, for `html` slots. */
    time: (value: string): Markup => ({
      html: `<time datetime="${value}">${escapeHtml(formatDate(value, lang))}</time>`,
    }),
  };
}
export type Edition = ReturnType<typeof make>;

const editions = new Map<Locale, Edition>(LOCALES.map((lang) => [lang, make(lang)]));

export function edition(current: string | undefined): Edition {
  return editions.get(isLocale(current) ? current : 'en')!;
}

/** getStaticPaths for a page in every edition: English at the root (`lang` undefined), the others under their prefix. */
export function inEveryEdition<P extends object>(paths: (lang: Locale) => Array<{ params?: object; props?: P }>) {
  return LOCALES.flatMap((lang) =>
    paths(lang).map((p) => ({
      params: { ...(p.params ?? {}), lang: lang === 'en' ? undefined : lang },
      props: { ...(p.props as P), lang },
    })),
  );
}
