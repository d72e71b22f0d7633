import { TRANSLATIONS } from '../../src/lib/i18n/locales.ts';

/** One page of every kind the site has, for audits that cannot visit all of them. */
export const PAGE_KINDS: Record<string, string> = {
  home: '',
  chapters: 'articles/',
  chapter: 'articles/transport/',
  timeline: 'timeline/',
  'timeline category': 'timeline/return/',
  projects: 'projects/',
  project: 'projects/fuzuli-international-airport/',
  places: 'places/',
  place: 'places/shusha/',
  promises: 'commitments/',
  charts: 'charts/',
  chart: 'charts/demining-area/',
  'chart embed': 'embed/charts/demining-area/',
  changes: 'changes/',
  releases: 'releases/',
  data: 'data/',
  sources: 'sources/',
  about: 'about/',
  corrections: 'corrections/',
  glossary: 'glossary/',
  'style guide': 'styleguide/',
  'not found': '404.html',
};

/**
 * A sample of each translated edition for the browser audits (every page of every edition is checked for valid
 * HTML and working links without a browser): the pages readers land on and the densest translated ones.
 */
export const EDITION_PAGE_KINDS: Record<string, string> = Object.fromEntries(
  TRANSLATIONS.flatMap((lang) =>
    Object.entries({
      home: '',
      chapter: 'articles/overview/',
      place: 'places/khankendi/',
      promises: 'commitments/',
      search: 'search/',
    }).map(([kind, path]) => [`${lang} ${kind}`, `${lang}/${path}`]),
  ),
);

// Embed pages live under /embed/ in every edition (the one folder other sites may frame).
for (const lang of TRANSLATIONS) EDITION_PAGE_KINDS[`${lang} chart embed`] = `embed/${lang}/charts/returnees/`;
