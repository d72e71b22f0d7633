/**
 * The whole report as plain data, and the joins pages need: what happened in
 * a place, which projects a chapter names, who cites a source.
 */
import { compareDates } from './dates.ts';
import { locateSources, publisherIndex, sourceMix, type Resolved, type SourceMix } from './source-mix.ts';
import { PUBLISHER_KINDS } from '../schemas/publisher.ts';
import { eventCategory, type EventCategory } from '../schemas/event.ts';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import type { Locale } from './i18n/locales.ts';
import { speakerOf, type Speaker } from './i18n/speaker.ts';

/** The speaker of a report's edition: a localised report carries its `lang`. */
const speakerFor = (report: Report) => speakerOf((report as Report & { lang?: Locale }).lang);
import type { Translation } from './i18n/translations.ts';

const EVENT_CATEGORIES = eventCategory.options;
import type {
  ArticleMeta,
  Commitment,
  Correction,
  Place,
  Project,
  Publisher,
  PublisherKind,
  RecordRef,
  Series,
  Source,
  TimelineEvent,
} from '../schemas/types.ts';

/** A record with its id, the way Astro's collections hand it over. */
export interface Entry<T> {
  id: string;
  data: T;
  /** The record's file, relative to the project root (Astro sets it). */
  filePath?: string;
  /** A chapter's MDX body, as written. */
  body?: string;
  /** In a translated edition, "en" when the record has no translation yet: its texts are the English ones. */
  lang?: 'en';
  /** In a translated edition, true when the record's translation was made from English that has changed since. */
  stale?: true;
}

export interface Report {
  places: Entry<Place>[];
  events: Entry<TimelineEvent>[];
  projects: Entry<Project>[];
  commitments: Entry<Commitment>[];
  series: Entry<Series>[];
  articles: Entry<ArticleMeta>[];
  corrections: Entry<Correction>[];
  publishers: Entry<Publisher>[];
  /** Texts in the other editions' languages, laid over the English by `localise` (src/lib/i18n). */
  translations: Entry<Translation>[];
}

/**
 * The report in the order every page, feed, index and file lists it: places
 * and projects by name, events by date, promises by the date promised,
 * series by id, chapters by number (drafts left out), corrections newest
 * first, publishers by name; ties by id. The one assembly: Astro's collections (content.ts) and the
 * content check's records (report-from-check.ts) both come through here.
 */
export function assembleReport(collections: Report): Report {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    places: byName(collections.places),
    events: sortEvents(collections.events),
    projects: byName(collections.projects),
    commitments: [...collections.commitments].sort(
      (a, b) => a.data.promisedOn.localeCompare(b.data.promisedOn) || byId(a, b),
    ),
    series: [...collections.series].sort(byId),
    articles: collections.articles.filter((a) => !a.data.draft).sort((a, b) => a.data.chapter - b.data.chapter),
    corrections: [...collections.corrections].sort((a, b) => b.data.date.localeCompare(a.data.date) || byId(a, b)),
    publishers: byName(collections.publishers),
    translations: [...collections.translations].sort(byId),
  };
}

/**
 * Lookups by place, built once per report: every page that lists what
 * happened in a place reads them, so the joins cost one pass, not one per page.
 */
interface Indexes {
  eventsByPlace: Map<string, Entry<TimelineEvent>[]>;
  projectsByPlace: Map<string, Entry<Project>[]>;
}
const indexes = new WeakMap<Report, Indexes>();

function indexOf(report: Report): Indexes {
  let found = indexes.get(report);
  if (!found) {
    found = {
      eventsByPlace: groupByPlace(sortEvents(report.events)),
      projectsByPlace: groupByPlace(byName(report.projects)),
    };
    indexes.set(report, found);
  }
  return found;
}

function groupByPlace<T extends Entry<{ places: RecordRef[] }>>(entries: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const id of new Set(entry.data.places.map((p) => p.id))) {
      if (!groups.has(id)) groups.set(id, []);
      groups.get(id)!.push(entry);
    }
  }
  return groups;
}

const refersTo = (refs: RecordRef[], id: string) => refs.some((ref) => ref.id === id);

/** Events in date order, oldest first (ties by id, so output is stable). */
export function sortEvents<T extends Entry<TimelineEvent>>(events: T[]): T[] {
  return [...events].sort((a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
}

/** Sorted by name, the way lists of places and projects read. */
export function byName<T extends Entry<{ name: string }>>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id));
}

export function eventsInPlace(report: Report, placeId: string): Entry<TimelineEvent>[] {
  return indexOf(report).eventsByPlace.get(placeId) ?? [];
}

export function projectsInPlace(report: Report, placeId: string): Entry<Project>[] {
  return indexOf(report).projectsByPlace.get(placeId) ?? [];
}

export function commitmentsFor(report: Report, ref: RecordRef): Entry<Commitment>[] {
  const key = ref.collection === 'places' ? 'places' : 'projects';
  return report.commitments.filter((c) => refersTo(c.data[key], ref.id));
}

export function articlesFor(report: Report, ref: RecordRef): Entry<ArticleMeta>[] {
  const key = ref.collection as 'places' | 'projects' | 'events';
  return report.articles.filter((a) => refersTo(a.data[key] ?? [], ref.id));
}

/**
 * Events that concern a project: in one of its places, in the categories a
 * project belongs to (reconstruction, return, demining, economy), from its
 * first milestone on.
 */
export function eventsForProject(report: Report, project: Project): Entry<TimelineEvent>[] {
  const start = project.milestones.map((m) => m.date).sort(compareDates)[0];
  const related = new Set(['reconstruction', 'return', 'demining', 'economy']);
  const candidates = new Set(project.places.flatMap((p) => eventsInPlace(report, p.id)));
  return sortEvents(
    [...candidates].filter((e) => related.has(e.data.category) && (!start || compareDates(e.data.date, start) >= 0)),
  );
}

/** Milestones of every project, newest first: the "latest" list on the home page. */
export function latestMilestones(report: Report, count: number) {
  return report.projects
    .flatMap((p) => p.data.milestones.map((m) => ({ project: p, milestone: m })))
    .sort((a, b) => compareDates(b.milestone.date, a.milestone.date) || a.project.id.localeCompare(b.project.id))
    .slice(0, count);
}

/** The record collections with their entries (not the translations laid over them, nor an edition's own fields). */
export function recordCollections(report: Report): Array<[CollectionName, Entry<unknown>[]]> {
  return collectionNames.map((collection) => [collection, report[collection]]);
}

/** Every record's title by "collection/id". */
export function recordTitles(report: Report): Map<string, string> {
  const s = speakerFor(report);
  return new Map(
    recordCollections(report).flatMap(([collection, entries]) =>
      entries.map((e) => [`${collection}/${e.id}`, titleOf(e.data, s) || e.id] as const),
    ),
  );
}

/** One line per record that cites a source. */
export interface Citation {
  collection: keyof Report;
  id: string;
  title: string;
}

/** A source with every record that cites it. */
export interface CitedSource {
  source: Source;
  citedBy: Citation[];
}

const placeNameIndexes = new WeakMap<Report, Record<string, string>>();

/** Every place's name by id, once per report (every timeline page and every card names places). */
export function placeNamesOf(report: Report): Record<string, string> {
  let names = placeNameIndexes.get(report);
  if (!names) placeNameIndexes.set(report, (names = Object.fromEntries(report.places.map((p) => [p.id, p.data.name]))));
  return names;
}

const sourceIndexes = new WeakMap<Report, CitedSource[]>();

/**
 * Every source in the report, once per URL, with the records that cite it; sorted by publisher. Built once per report
 * (each sources page, the about page and the open data ask; at 10,000 records a walk takes about 0.1 s).
 */
export function sourceIndex(report: Report): CitedSource[] {
  let index = sourceIndexes.get(report);
  if (!index) sourceIndexes.set(report, (index = buildSourceIndex(report)));
  return index;
}

function buildSourceIndex(report: Report): CitedSource[] {
  const s = speakerFor(report);
  const byUrl = new Map<string, CitedSource>();
  for (const [collection, entries] of recordCollections(report)) {
    for (const entry of entries) {
      const citation: Citation = { collection, id: entry.id, title: titleOf(entry.data, s) };
      for (const source of sourcesIn(entry.data)) {
        const found = byUrl.get(source.url) ?? { source, citedBy: [] };
        if (!found.citedBy.some((c) => c.collection === collection && c.id === entry.id)) found.citedBy.push(citation);
        if (!found.source.published && source.published)
          found.source = { ...found.source, published: source.published };
        byUrl.set(source.url, found);
      }
    }
  }
  return [...byUrl.values()].sort(
    (a, b) => a.source.publisher.localeCompare(b.source.publisher, 'en') || a.source.url.localeCompare(b.source.url),
  );
}

const checkedTo = new WeakMap<Report, string | undefined>();

/**
 * The newest publication day among the sources the report cites: the date to which its sources were checked, shown
 * on every page. Only full days count; a source dated by its year or month alone cannot say how recent it is.
 */
export function sourcesCheckedTo(report: Report): string | undefined {
  // Every page's footer asks (about 2.7 ms a walk over the real content): walked once per report.
  if (checkedTo.has(report)) return checkedTo.get(report);
  let newest: string | undefined;
  for (const [, entries] of recordCollections(report))
    for (const entry of entries)
      for (const { published } of sourcesIn(entry.data))
        if (published && /^\d{4}-\d{2}-\d{2}$/.test(published) && (!newest || published > newest)) newest = published;
  checkedTo.set(report, newest);
  return newest;
}

/** Every source object anywhere in a record. */
export function sourcesIn(value: unknown): Source[] {
  return locateSources(value).map((s) => s.source);
}

const publisherIndexes = new WeakMap<Report, Map<string, Resolved>>();

/** Names and relays of every publisher, built once per report. */
export function publishersByName(report: Report): Map<string, Resolved> {
  let index = publisherIndexes.get(report);
  if (!index) publisherIndexes.set(report, (index = publisherIndex(report.publishers)));
  return index;
}

/** Who published a source, by the publishers collection (undefined for a name no entry has). */
export function publisherOf(report: Report, source: Source): Resolved | undefined {
  return publishersByName(report).get(source.publisher);
}

const kindGroups = new WeakMap<Report, ReturnType<typeof groupByKind>>();

/** Every cited source grouped by its publisher's kind (in the kinds' order), with each publisher's count; once per report. */
export function sourcesByKind(report: Report) {
  let groups = kindGroups.get(report);
  if (!groups) kindGroups.set(report, (groups = groupByKind(report)));
  return groups;
}

function groupByKind(report: Report) {
  const index = sourceIndex(report);
  const byKind = new Map<PublisherKind, CitedSource[]>();
  const perPublisher = new Map<string, number>();
  for (const cited of index) {
    const resolved = publisherOf(report, cited.source);
    if (!resolved) continue;
    const kind = byKind.get(resolved.publisher.kind);
    if (kind) kind.push(cited);
    else byKind.set(resolved.publisher.kind, [cited]);
    perPublisher.set(resolved.id, (perPublisher.get(resolved.id) ?? 0) + 1);
  }
  return PUBLISHER_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
    kind,
    sources: byKind.get(kind)!,
    publishers: report.publishers
      .filter((p) => p.data.kind === kind && perPublisher.has(p.id))
      .map((p) => ({ ...p, count: perPublisher.get(p.id)! })),
    share: byKind.get(kind)!.length / index.length,
  }));
}

/** The day the report was first published: its earliest chapter's. */
export function firstPublished(report: Report): string | undefined {
  return report.articles.map((a) => a.data.published).sort()[0];
}

/** The mix of publisher kinds behind a set of sources. */
export function mixOf(report: Report, sources: Source[]): SourceMix {
  return sourceMix(sources, publishersByName(report));
}

/** Distinct sources of a record, by URL, in order of first appearance. */
export function distinctSources(value: unknown): Source[] {
  return [...new Map(sourcesIn(value).map((s) => [s.url, s])).values()];
}

/** A record's title as lists name it; a correction, which has none, by its date, in the report's edition. */
function titleOf(data: unknown, s: Speaker): string {
  const d = data as { name?: string; title?: string; summary?: string; records?: string[]; date?: string };
  if (d.records && d.date) return s.t('correction.of', { date: d.date });
  return d.name ?? d.title ?? '';
}

/** Each event category with its number of events, in the order readers see the chips. */
export function eventCategories(report: Report): Array<{ category: EventCategory; count: number }> {
  return EVENT_CATEGORIES.map((category) => ({
    category,
    count: report.events.filter((e) => e.data.category === category).length,
  })).filter((c) => c.count > 0);
}

/** Corrections that changed a record, newest first. */
export function correctionsFor(report: Report, collection: string, id: string): Entry<Correction>[] {
  return report.corrections.filter((c) => c.data.records.includes(`${collection}/${id}`));
}
