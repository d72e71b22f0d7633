/** Every page's path, before the base path is added (see src/paths.ts). */
export const routes = {
  home: () => '/',
  timeline: () => '/timeline/',
  timelineCategory: (category: string) => `/timeline/${category}/`,
  event: (id: string) => `/timeline/#${id}`,
  places: () => '/places/',
  place: (id: string) => `/places/${id}/`,
  projects: () => '/projects/',
  project: (id: string) => `/projects/${id}/`,
  commitments: () => '/commitments/',
  commitment: (id: string) => `/commitments/#${id}`,
  articles: () => '/articles/',
  article: (id: string) => `/articles/${id}/`,
  sources: () => '/sources/',
  about: () => '/about/',
  data: () => '/data/',
  series: (id: string) => `/data/#${id}`,
  charts: () => '/charts/',
  chart: (id: string) => `/charts/${id}/`,
  chartCsv: (id: string) => `/charts/${id}.csv`,
};

/** The page of any record, from its collection and id. */
export function recordPath(collection: string, id: string): string {
  switch (collection) {
    case 'places':
      return routes.place(id);
    case 'projects':
      return routes.project(id);
    case 'events':
      return routes.event(id);
    case 'commitments':
      return routes.commitment(id);
    case 'articles':
      return routes.article(id);
    default:
      return routes.series(id);
  }
}
