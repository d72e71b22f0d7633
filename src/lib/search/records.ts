/**
 * One search record per project, place, timeline event and promise: the text
 * Pagefind searches, what a result shows, and the facet values it files under.
 * Chapters are indexed from their rendered pages (see chapters.ts).
 */
import { startOf } from '../dates.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import type { Entry, Report } from '../report.ts';
import { routes } from '../routes.ts';
import type { Commitment, Place, Project, TimelineEvent } from '../../schemas/types.ts';
import { placeAliases, placeIndex, placeNames, placeWithNames } from './aliases.ts';
import { airportCodes } from './codes.ts';
import type { SearchRecord, SearchType } from './types.ts';

type Places = Map<string, Place>;

/** Sentences joined with spaces, empty parts dropped. */
export const join = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' ');

/** The distinct years of some partial dates, newest first, as facet values. */
export const years = (dates: string[]) => [...new Set(dates.map((d) => d.slice(0, 4)))].sort().reverse();

const ENGLISH = speakerOf('en');

const meta = (s: Speaker, kind: SearchType, title: string, rest: Partial<SearchRecord['meta']> = {}) => ({
  title,
  kind,
  type: s.t(`type.${kind}`),
  date: '',
  status: '',
  statusKey: '',
  context: '',
  ...rest,
});

const names = (refs: Array<{ id: string }>, places: Places) =>
  refs.map((r) => places.get(r.id)?.name ?? r.id).join(', ');

export function placeRecord(entry: Entry<Place>, s: Speaker = ENGLISH): SearchRecord {
  const place = entry.data;
  const latest = place.controlHistory
    .map((c) => c.date)
    .sort()
    .at(-1);
  return {
    url: s.path(routes.place(entry.id)),
    content: join(
      place.summary,
      s.t('searchRecord.names', { names: placeWithNames(place) }),
      s.t('searchRecord.placeKind', { kind: s.t(`placeKind.${place.kind}`), district: place.district }),
      ...place.controlHistory.map((c) => `${s.date(c.date)}: ${c.description}`),
      ...place.notes.map((n) => n.text),
    ),
    meta: meta(s, 'place', place.name, {
      context: `${place.district} · ${s.t(`placeKind.${place.kind}`)}`,
      names: placeNames(place).join(' '),
    }),
    filters: { type: ['place'], place: [entry.id], year: years(place.controlHistory.map((c) => c.date)) },
    // Places have no date of their own: the latest change of control sorts them, else they sort last.
    sort: { date: latest ? startOf(latest) : '0000-01-01' },
  };
}

export function projectRecord(entry: Entry<Project>, places: Places, s: Speaker = ENGLISH): SearchRecord {
  const project = entry.data;
  const codes = airportCodes(project);
  return {
    url: s.path(routes.project(entry.id)),
    content: join(
      project.summary,
      project.statusNote,
      `${s.labels.sector[project.sector]}: ${project.type}.`,
      codes.length > 0 ? s.t('searchRecord.codes', { codes: codes.join(', ') }) : '',
      ...project.milestones.map((m) => `${s.date(m.date)}: ${m.text}`),
      ...project.figures.map((f) => `${f.label}: ${s.value(f.value)} ${f.unit}.`),
      ...project.contractors.map((c) => `${c.name}, ${c.role}.`),
      ...project.notes.map((n) => n.text),
    ),
    meta: meta(s, 'project', project.name, {
      date: s.date(project.statusAsOf),
      status: s.labels.status[project.status],
      statusKey: project.status,
      context: [names(project.places, places), s.labels.sector[project.sector], ...codes].join(' · '),
      places: placeAliases(project.places, places),
      ...(codes.length > 0 ? { codes: codes.map((c) => c.split(' ')[1]).join(' ') } : {}),
    }),
    filters: {
      type: ['project'],
      place: project.places.map((p) => p.id),
      sector: [project.sector],
      status: [project.status],
      year: years([project.statusAsOf, ...project.milestones.map((m) => m.date)]),
    },
    sort: { date: startOf(project.statusAsOf) },
  };
}

export function eventRecord(entry: Entry<TimelineEvent>, places: Places, s: Speaker = ENGLISH): SearchRecord {
  const event = entry.data;
  return {
    url: s.path(routes.event(entry.id)),
    content: join(event.summary, event.uncertainty && `${s.t('event.uncertain')} ${event.uncertainty}`),
    meta: meta(s, 'event', event.title, {
      date: s.date(event.date),
      status: s.labels.category[event.category],
      statusKey: event.category,
      context: names(event.places, places),
      places: placeAliases(event.places, places),
    }),
    filters: { type: ['event'], place: event.places.map((p) => p.id), year: years([event.date]) },
    sort: { date: startOf(event.date) },
  };
}

export function commitmentRecord(
  entry: Entry<Commitment>,
  report: Report,
  places: Places,
  s: Speaker = ENGLISH,
): SearchRecord {
  const promise = entry.data;
  const projects = report.projects.filter((p) => promise.projects.some((r) => r.id === p.id));
  // A promise about a project is also about that project's places and sector.
  const placeRefs = [...promise.places, ...projects.flatMap((p) => p.data.places)];
  const placeIds = [...new Set(placeRefs.map((p) => p.id))];
  return {
    url: s.path(routes.commitment(entry.id)),
    content: join(
      promise.promise,
      s.t('searchRecord.promisedBy', { by: promise.promisedBy, date: s.date(promise.promisedOn) }),
      promise.targetText && s.t('searchRecord.deadline', { target: promise.targetText }),
      promise.assessment,
      ...promise.evidence.map((e) => `${s.date(e.date)}: ${e.text}`),
      projects.length > 0 ? s.t('searchRecord.projects', { names: projects.map((p) => p.data.name).join('; ') }) : '',
    ),
    meta: meta(s, 'commitment', promise.title, {
      date: s.date(promise.promisedOn),
      status: s.labels.outcome[promise.outcome],
      statusKey: promise.outcome,
      context: [promise.promisedBy, names(promise.places, places)].filter(Boolean).join(' · '),
      places: placeAliases(
        placeIds.map((id) => ({ id })),
        places,
      ),
    }),
    filters: {
      type: ['commitment'],
      place: placeIds,
      sector: [...new Set(projects.map((p) => p.data.sector))],
      status: [promise.outcome],
      year: years([promise.promisedOn, ...promise.evidence.map((e) => e.date)]),
    },
    sort: { date: startOf(promise.promisedOn) },
  };
}

/** Every record but the chapters, in a stable order: places, projects, events, promises; in the speaker's edition. */
export function searchRecords(report: Report, s: Speaker = ENGLISH): SearchRecord[] {
  const places = placeIndex(report.places);
  return [
    ...report.places.map((p) => placeRecord(p, s)),
    ...report.projects.map((p) => projectRecord(p, places, s)),
    ...report.events.map((e) => eventRecord(e, places, s)),
    ...report.commitments.map((c) => commitmentRecord(c, report, places, s)),
  ];
}
