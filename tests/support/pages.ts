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
  data: 'data/',
  sources: 'sources/',
  about: 'about/',
  corrections: 'corrections/',
  'style guide': 'styleguide/',
  'not found': '404.html',
};
