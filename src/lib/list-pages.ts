/**
 * The report's long lists and their pages (src/lib/paging.ts): the timeline (and each category's), the sources, the
 * projects and the changes. Each stays one page while it fits its limit; past it, its address becomes an index of
 * its pages, and a link to one of its records goes straight to the record's page.
 *
 * The limits come from the gzipped HTML each entry adds, measured on the heaviest edition (Russian or Armenian), so
 * that a full page stays under 100 KB gzipped with at least 30% to spare (70 KB of entries, with the page's frame).
 */
import type { ListedChange } from './history/changes.ts';
import type { Speaker } from './i18n/speaker.ts';
import { anchorPath, pagePath, paginate, type ListPage, type Paging } from './paging.ts';
import { sourcesByKind, type Entry, type Report } from './report.ts';
import { recordPath, routes } from './routes.ts';
import type { Project, PublisherKind, TimelineEvent } from '../schemas/types.ts';
import { sector as sectors, type Sector } from '../schemas/project.ts';

/**
 * Events a timeline page holds. An event weighs about 0.65 KB gzipped on the real report (ru: 62.3 KB for 96 events,
 * the page's structured data included, Dec 2026) and 0.27 KB on synthetic content (121.7 KB for 500 events, hy):
 * 100 real events make about 65 KB. The real timeline (96 events) is still one page.
 */
export const TIMELINE_PAGE_LIMIT = 100;

/**
 * Sources a sources page holds. A source weighs about 92 B gzipped on the real report (ru: 94.8 KB for 1,033
 * sources, Dec 2026; 58 B synthetic): 750 sources make about 70 KB.
 */
export const SOURCES_PAGE_LIMIT = 750;

/**
 * Projects the projects page holds. A project weighs about 60 B gzipped on the real report (ru: 8.4 KB for 59
 * projects, about 5 KB of it the page's frame; 32 B synthetic, 12.3 KB for 390): 1,000 make about 65 KB.
 */
export const PROJECTS_PAGE_LIMIT = 1000;

/**
 * Changes the changes page holds. A change weighs about 80 B gzipped on the real report (ru: 21.2 KB for 264
 * changes, its filter and frame included): 800 make about 65 KB.
 */
export const CHANGES_PAGE_LIMIT = 800;

/** The anchor of a year on the timeline, of a kind of publisher on the sources, of a sector, of a month of changes. */
export const anchors = {
  year: (year: string) => `year-${year}`,
  kind: (kind: string) => `kind-${kind}`,
  publisher: (id: string) => `publisher-${id}`,
  sector: (sector: string) => `sector-${sector}`,
  month: (month: string) => `month-${month}`,
};

/** The list pages' own paths, below which their pages live ("/timeline/2023-05/", "/projects/sectors/housing/"). */
export const listPaths = {
  timeline: (category?: string) => (category ? routes.timelineCategory(category) : routes.timeline()),
  sources: () => routes.sources(),
  projects: () => routes.projects(),
  /** The sector pages, below /projects/sectors/: /projects/<id>/ is a project's page. */
  projectPages: () => `${routes.projects()}sectors/`,
  changes: () => routes.changes(),
};

const timelines = new WeakMap<readonly Entry<TimelineEvent>[], Paging<Entry<TimelineEvent>>>();

/**
 * The timeline's pages: by year, a year over the limit by month ("2023-05"; an event dated by its year alone on
 * "2023"). Computed once per list of events: every page of a paged timeline asks (1,412 pages at 10,000 records).
 */
export function timelinePaging(events: readonly Entry<TimelineEvent>[]): Paging<Entry<TimelineEvent>> {
  let paging = timelines.get(events);
  if (!paging)
    timelines.set(
      events,
      (paging = paginate(
        events.map((e) => ({
          item: e,
          group: e.data.date.slice(0, 4),
          finer: e.data.date.slice(0, 7),
          anchors: [e.id],
        })),
        TIMELINE_PAGE_LIMIT,
        { groupAnchor: anchors.year },
      )),
    );
  return paging;
}

const categories = new WeakMap<Report, Map<string, Entry<TimelineEvent>[]>>();

/** The report's events of one category, or all of them: the same list each time, so its pages are computed once. */
export function categoryEvents(report: Report, category?: string): Entry<TimelineEvent>[] {
  if (!category) return report.events;
  let byCategory = categories.get(report);
  if (!byCategory) categories.set(report, (byCategory = new Map()));
  let events = byCategory.get(category);
  if (!events) byCategory.set(category, (events = report.events.filter((e) => e.data.category === category)));
  return events;
}

/** A sources page's entries: one kind of publisher's sources, and the publishers on the kind's first page. */
type KindGroup = ReturnType<typeof sourcesByKind>[number];
export interface SourcesPart {
  group: KindGroup;
  source: KindGroup['sources'][number];
}

/** The sources' pages: by kind of publisher, a kind over the limit in numbered parts ("state-body-2"). */
export function sourcesPaging(groups: readonly KindGroup[]): Paging<SourcesPart> {
  return paginate(
    groups.flatMap((group) =>
      group.sources.map((source, k) => ({
        item: { group, source },
        group: group.kind,
        // the kind's publishers are named on its first page
        anchors: k === 0 ? group.publishers.map((p) => anchors.publisher(p.id)) : [],
      })),
    ),
    SOURCES_PAGE_LIMIT,
    { groupAnchor: anchors.kind },
  );
}

/** The projects' pages: by sector (in the order of the sector list), a sector over the limit in numbered parts. */
export function projectsPaging(projects: readonly Entry<Project>[]): Paging<Entry<Project>> {
  return paginate(
    sectors.options.flatMap((sector) =>
      projects.filter((p) => p.data.sector === sector).map((p) => ({ item: p, group: sector })),
    ),
    PROJECTS_PAGE_LIMIT,
    { groupAnchor: anchors.sector },
  );
}

/** The changes' pages: by month, newest first, a month over the limit in numbered parts. */
export function changesPaging(changes: readonly ListedChange[]): Paging<ListedChange> {
  return paginate(
    changes.map((c) => ({ item: c, group: c.date.slice(0, 7) })),
    CHANGES_PAGE_LIMIT,
    { groupAnchor: anchors.month },
  );
}

export interface ListLinks {
  /** The page of an event on the full timeline. */
  event: (id: string) => string;
  /** The page of a publisher on the sources. */
  publisher: (id: string) => string;
  /** The page of any record: an event's or a publisher's on its list's page, the others as `recordPath`. */
  record: (collection: string, id: string) => string;
  /** A year of the timeline, a kind of publisher, a sector. */
  year: (year: string) => string;
  kind: (kind: string) => string;
  sector: (sector: string) => string;
}

const cache = new WeakMap<Report, ListLinks>();

/**
 * Links to the entries of the report's lists, on the pages that hold them once the lists are paged (the same paths
 * as `routes` while they are not). Every edition pages its lists alike: the English report is enough.
 */
export function listLinks(report: Report): ListLinks {
  const cached = cache.get(report);
  if (cached) return cached;
  const timeline = timelinePaging(report.events);
  const sources = sourcesPaging(sourcesByKind(report));
  const projects = projectsPaging(report.projects);
  const links: ListLinks = {
    event: (id) => anchorPath(listPaths.timeline(), timeline, id),
    publisher: (id) => anchorPath(listPaths.sources(), sources, anchors.publisher(id)),
    record: (collection, id) =>
      collection === 'events'
        ? links.event(id)
        : collection === 'publishers'
          ? links.publisher(id)
          : recordPath(collection, id),
    year: (year) => anchorPath(listPaths.timeline(), timeline, anchors.year(year)),
    kind: (kind) => anchorPath(listPaths.sources(), sources, anchors.kind(kind)),
    sector: (sector) =>
      projects.paged
        ? anchorPath(listPaths.projectPages(), projects, anchors.sector(sector))
        : anchorPath(listPaths.projects(), projects, anchors.sector(sector)),
  };
  cache.set(report, links);
  return links;
}

/** What a page's links and title call it. */
type Labeller = Pick<Speaker, 't' | 'date' | 'labels'>;
function parted(label: string, page: ListPage<unknown>, s: Labeller): string {
  return page.parts > 1 ? s.t('paging.part', { label, part: page.part }) : label;
}

/** A timeline page: "2023", "May 2023", "2023, month not given". */
export function timelinePageLabel(page: ListPage<unknown>, s: Labeller): string {
  const key = page.finer ?? page.group;
  const label = key.length > 4 ? s.date(key) : page.finer ? s.t('paging.undated', { year: key }) : key;
  return parted(label, page, s);
}

/** A sources page: "State bodies", "State bodies, part 2". */
export function sourcesPageLabel(page: ListPage<unknown>, s: Labeller): string {
  return parted(s.labels.publisherKind[page.group as PublisherKind], page, s);
}

/** A projects page: "Housing", "Housing, part 2". */
export function projectsPageLabel(page: ListPage<unknown>, s: Labeller): string {
  return parted(s.labels.sector[page.group as Sector], page, s);
}

/** A changes page: "May 2025", "May 2025, part 2". */
export function changesPageLabel(page: ListPage<unknown>, s: Labeller): string {
  return parted(s.date(page.group), page, s);
}

/** One group of a paged list on its index: the group's anchor and name, and its pages. */
export interface IndexEntry {
  anchor: string;
  label: string;
  count: number;
  pages: Array<{ label: string; path: string; count: number }>;
}

/** The entries of a paged list's index: its groups in order, each with its pages. */
export function indexEntries<T>(
  paging: Paging<T>,
  pagesPath: string,
  describe: {
    anchor: (group: string) => string;
    group: (group: string) => string;
    page: (page: ListPage<T>) => string;
  },
): IndexEntry[] {
  const entries = new Map<string, IndexEntry>();
  for (const page of paging.pages) {
    const entry = entries.get(page.group) ?? {
      anchor: describe.anchor(page.group),
      label: describe.group(page.group),
      count: 0,
      pages: [],
    };
    entry.count += page.items.length;
    entry.pages.push({ label: describe.page(page), path: pagePath(pagesPath, page.slug), count: page.items.length });
    entries.set(page.group, entry);
  }
  return [...entries.values()];
}

/** What a paged list's pages.json holds: each anchor's page, relative to the list's own address ("2023-05/"). */
export function pagesMap(paging: Paging<unknown>, relative = ''): Record<string, string> {
  return Object.fromEntries([...paging.pageOf].map(([anchor, slug]) => [anchor, `${relative}${slug}/`]));
}
