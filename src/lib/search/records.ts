/**
 * One search record per project, place, timeline event and promise: the text
 * Pagefind searches, what a result shows, and the facet values it files under.
 * Chapters are indexed from their rendered pages (see chapters.ts).
 */
import { formatDate, startOf } from '../dates.ts';
import { categoryLabel, formatValue, outcomeLabel, sectorLabel, statusLabel } from '../labels.ts';
import type { Entry, Report } from '../report.ts';
import { routes } from '../routes.ts';
import type { Commitment, Place, Project, TimelineEvent } from '../../schemas/types.ts';
import { placeAliases, placeIndex, placeNames, placeWithNames } from './aliases.ts';
import { airportCodes } from './codes.ts';
import { typeLabel, type SearchRecord, type SearchType } from './types.ts';

type Places = Map<string, Place>;

/** Sentences joined with spaces, empty parts dropped. */
export const join = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' ');

/** The distinct years of some partial dates, newest first, as facet values. */
export const years = (dates: string[]) => [...new Set(dates.map((d) => d.slice(0, 4)))].sort().reverse();

const meta = (kind: SearchType, title: string, rest: Partial<SearchRecord['meta']> = {}) => ({
  title,
  kind,
  type: typeLabel[kind],
  date: '',
  status: '',
  statusKey: '',
  context: '',
  ...rest,
});

const names = (refs: Array<{ id: string }>, places: Places) =>
  refs.map((r) => places.get(r.id)?.name ?? r.id).join(', ');

export function placeRecord(entry: Entry<Place>): SearchRecord {
  const place = entry.data;
  const latest = place.controlHistory
    .map((c) => c.date)
    .sort()
    .at(-1);
  return {
    url: routes.place(entry.id),
    content: join(
      place.summary,
      `Names: ${placeWithNames(place)}.`,
      `A ${place.kind} in ${place.district}.`,
      ...place.controlHistory.map((c) => `${formatDate(c.date)}: ${c.description}`),
      ...place.notes.map((n) => n.text),
    ),
    meta: meta('place', place.name, {
      context: `${place.district} · ${place.kind}`,
      names: placeNames(place).join(' '),
    }),
    filters: { type: ['place'], place: [entry.id], year: years(place.controlHistory.map((c) => c.date)) },
    // Places have no date of their own: the latest change of control sorts them, else they sort last.
    sort: { date: latest ? startOf(latest) : '0000-01-01' },
  };
}

export function projectRecord(entry: Entry<Project>, places: Places): SearchRecord {
  const project = entry.data;
  const codes = airportCodes(project);
  return {
    url: routes.project(entry.id),
    content: join(
      project.summary,
      project.statusNote,
      `${sectorLabel[project.sector]}: ${project.type}.`,
      codes.length > 0 ? `Codes: ${codes.join(', ')}.` : '',
      ...project.milestones.map((m) => `${formatDate(m.date)}: ${m.text}`),
      ...project.figures.map((f) => `${f.label}: ${formatValue(f.value)} ${f.unit}.`),
      ...project.contractors.map((c) => `${c.name}, ${c.role}.`),
      ...project.notes.map((n) => n.text),
    ),
    meta: meta('project', project.name, {
      date: formatDate(project.statusAsOf),
      status: statusLabel[project.status],
      statusKey: project.status,
      context: [names(project.places, places), sectorLabel[project.sector], ...codes].join(' · '),
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

export function eventRecord(entry: Entry<TimelineEvent>, places: Places): SearchRecord {
  const event = entry.data;
  return {
    url: routes.event(entry.id),
    content: join(event.summary, event.uncertainty && `Uncertain: ${event.uncertainty}`),
    meta: meta('event', event.title, {
      date: formatDate(event.date),
      status: categoryLabel[event.category],
      statusKey: event.category,
      context: names(event.places, places),
      places: placeAliases(event.places, places),
    }),
    filters: { type: ['event'], place: event.places.map((p) => p.id), year: years([event.date]) },
    sort: { date: startOf(event.date) },
  };
}

export function commitmentRecord(entry: Entry<Commitment>, report: Report, places: Places): SearchRecord {
  const promise = entry.data;
  const projects = report.projects.filter((p) => promise.projects.some((r) => r.id === p.id));
  // A promise about a project is also about that project's places and sector.
  const placeRefs = [...promise.places, ...projects.flatMap((p) => p.data.places)];
  const placeIds = [...new Set(placeRefs.map((p) => p.id))];
  return {
    url: routes.commitment(entry.id),
    content: join(
      promise.promise,
      `Promised by ${promise.promisedBy}, ${formatDate(promise.promisedOn)}.`,
      promise.targetText && `Deadline: ${promise.targetText}.`,
      promise.assessment,
      ...promise.evidence.map((e) => `${formatDate(e.date)}: ${e.text}`),
      projects.length > 0 ? `Projects: ${projects.map((p) => p.data.name).join('; ')}.` : '',
    ),
    meta: meta('commitment', promise.title, {
      date: formatDate(promise.promisedOn),
      status: outcomeLabel[promise.outcome],
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

/** Every record but the chapters, in a stable order: places, projects, events, promises. */
export function searchRecords(report: Report): SearchRecord[] {
  const places = placeIndex(report.places);
  return [
    ...report.places.map(placeRecord),
    ...report.projects.map((p) => projectRecord(p, places)),
    ...report.events.map((e) => eventRecord(e, places)),
    ...report.commitments.map((c) => commitmentRecord(c, report, places)),
  ];
}
