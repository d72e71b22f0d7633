/**
 * One-off import of the research base (../shared/facts) into src/content.
 * Kept for the record; since the import the JSON files in src/content are the
 * source of truth and are edited by hand.
 *
 *   node scripts/import-facts.ts ../shared/facts
 *
 * What it does beyond copying: resolves bare source URLs to full sources,
 * points mirror URLs at their obvious originals (keeping the mirror in the
 * note), fixes dates whose precision disagrees with how they are written,
 * classifies alternative names, marks the milestones that establish a status,
 * and gives undated figures an as-of date with its basis
 * (scripts/import/undated-figures.json).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precisionOf } from '../src/lib/dates.ts';
import { canonicalSource } from './import/canonical.ts';
import { classifyAltName, PLACE_KINDS, PLACE_SUMMARIES } from './import/places.ts';
import { MILESTONE_MARKS, NOTE_SOURCES, RENAMED_IDS } from './import/projects.ts';

type Json = Record<string, any>;
type RawSource = { url: string; publisher: string; published?: string | null; note?: string };

const factsDir = process.argv[2] ?? '../shared/facts';
const outDir = 'src/content';
const read = (name: string) => JSON.parse(readFileSync(join(factsDir, name), 'utf8'));
const undated: Json = existsSync('scripts/import/undated-figures.json')
  ? JSON.parse(readFileSync('scripts/import/undated-figures.json', 'utf8'))
  : { sourceDates: {}, figureAsOf: [], seriesAsOf: [] };

const cities: Json[] = read('cities.json');
const timeline: Json[] = read('timeline.json');
const projects: Json[] = read('projects.json');
const funding: Json = read('funding.json');

/** A source in the site's shape: canonical URL, no nulls, dates found later filled in. */
function source(raw: RawSource) {
  const published = raw.published ?? undated.sourceDates[raw.url]?.published;
  return canonicalSource({ ...raw, published: published ?? undefined });
}

/** Drops absent fields; the string 'null' marks a field that must stay as JSON null. */
function compact<T extends Json>(record: T): T {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, v === 'null' ? null : v]),
  ) as T;
}

function write(collection: string, id: string, record: Json) {
  mkdirSync(join(outDir, collection), { recursive: true });
  writeFileSync(join(outDir, collection, `${id}.json`), `${JSON.stringify(record, null, 2)}\n`);
}

/** The date written with the stated precision: "2021-01-01" at year precision is "2021". */
function datePrecise(date: string, precision: string): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

const report: string[] = [];

// --- places ------------------------------------------------------------------
const placeIds = new Set(cities.map((c) => c.id));
for (const city of cities) {
  const sources = (list: RawSource[]) => list.map(source);
  const population = city.population
    .filter((p: Json) => p.value !== null && p.year !== null)
    .map((p: Json) => compact({ value: p.value, year: p.year, note: p.note, sources: sources(p.sources) }));
  const notes = [{ text: city.notes, sources: sources(city.noteSources) }];
  for (const p of city.population.filter((p: Json) => p.value === null || p.year === null)) {
    const what =
      p.value === null
        ? `No sourced total for ${p.year}`
        : `${p.value.toLocaleString('en-GB')} people, year not stated`;
    notes.push({ text: `${what}${p.note ? `: ${p.note}` : ''}.`, sources: sources(p.sources) });
  }
  write('places', city.id, {
    name: city.name,
    altNames: city.altNames.flatMap(classifyAltName),
    kind: PLACE_KINDS[city.id],
    district: city.district,
    coordinates: { lat: city.lat, lon: city.lon, source: source(city.coordSource) },
    population,
    controlHistory: city.controlHistory.map((c: Json) => ({
      date: datePrecise(c.date, c.precision),
      precision: c.precision,
      description: c.description,
      sources: sources(c.sources),
    })),
    summary: PLACE_SUMMARIES[city.id],
    notes,
  });
}

// --- events ------------------------------------------------------------------
const placesOfEvent = new Map<string, Set<string>>(timeline.map((e) => [e.id, new Set<string>(e.places)]));
for (const city of cities) for (const eventId of city.relatedEvents) placesOfEvent.get(eventId)?.add(city.id);
for (const event of timeline) {
  const date = datePrecise(event.date, event.precision);
  if (date !== event.date)
    report.push(`event ${event.id}: date ${event.date} written as ${date} (precision ${event.precision})`);
  write(
    'events',
    event.id,
    compact({
      date,
      precision: event.precision,
      title: event.title,
      summary: event.summary,
      category: event.category,
      places: [...placesOfEvent.get(event.id)!].sort(),
      sources: event.sources.map(source),
      uncertainty: event.uncertainty,
    }),
  );
}

// --- projects ----------------------------------------------------------------
const figureAsOf = new Map<string, Json>(
  undated.figureAsOf.map((f: Json) => [`${f.project}|${f.label}|${f.value}`, f]),
);
for (const project of projects) {
  const byUrl = new Map<string, RawSource>(project.sources.map((s: RawSource) => [s.url, s]));
  const find = (url: string) => {
    const found = byUrl.get(url);
    if (!found) throw new Error(`${project.id}: ${url} is not in its sources`);
    return source(found);
  };
  const marks: Record<number, string> = MILESTONE_MARKS[project.id] ?? {};
  const figures = project.figures.map((f: Json) => {
    let asOf = f.asOf;
    let asOfNote: string | undefined;
    const published = find(f.source).published;
    const researched = figureAsOf.get(`${project.id}|${f.label}|${f.value}`);
    if (!asOf && researched?.asOf) [asOf, asOfNote] = [researched.asOf, researched.basis];
    else if (!asOf && published) [asOf, asOfNote] = [published, "The source's publication date."];
    if (!asOf) report.push(`figure without as-of: ${project.id} | ${f.label}`);
    return compact({
      label: f.label,
      value: f.value,
      unit: f.unit,
      asOf,
      asOfNote,
      source: find(f.source),
      note: f.note,
    });
  });
  const notes = (project.notes ?? [])
    .map((text: string) => projectNote(project, text, find))
    .filter((note: Json | null): note is Json => note !== null);
  write(
    'projects',
    RENAMED_IDS[project.id] ?? project.id,
    compact({
      name: project.name,
      sector: project.sector,
      type: project.type,
      places: project.cities,
      status: project.status,
      statusAsOf: project.statusAsOf,
      statusNote: project.statusNote,
      milestones: project.milestones.map((m: Json, i: number) =>
        compact({ date: m.date, text: m.event, marks: marks[i], dateNote: m.dateNote, sources: m.sources.map(find) }),
      ),
      figures,
      contractors: project.contractors.map((c: Json) => ({ name: c.name, role: c.role, source: find(c.source) })),
      summary: project.summary,
      notes,
      sources: project.sources.map(source),
    }),
  );
}

/** A project note as a sourced note: its sources are the URLs or publishers it names. */
function projectNote(project: Json, text: string, find: (url: string) => Json): Json | null {
  if (/funding\.json/.test(text) && !/differ/i.test(text)) return null; // pointer to the series, shown as links instead
  const urls = text.match(/https?:\/\/\S+/g) ?? [];
  const clean = text.replace(/:?\s*https?:\/\/\S+/g, '').trim();
  const named = project.sources.filter((s: RawSource) => {
    const host = new URL(s.url).hostname.replace(/^www\.|^en\./, '').split('.')[0]!;
    const publisher = s.publisher.split(/[\s(/]/)[0]!.toLowerCase();
    const lower = clean.toLowerCase();
    return (host.length > 3 && lower.includes(host)) || (publisher.length > 3 && lower.includes(publisher));
  });
  const listed = Object.entries(NOTE_SOURCES[project.id] ?? {}).find(([start]) => text.startsWith(start))?.[1] ?? [];
  const sources = [...urls.map(find), ...listed.map(find), ...named.map((s: RawSource) => source(s))];
  const unique = [...new Map(sources.map((s) => [s.url, s])).values()];
  if (unique.length === 0) {
    report.push(`note without source dropped: ${project.id}: ${text}`);
    return null;
  }
  return { text: clean.endsWith('.') ? clean : `${clean}.`, sources: unique };
}

// --- series ------------------------------------------------------------------
const projectIds = new Set(projects.map((p) => RENAMED_IDS[p.id] ?? p.id));
const seriesAsOf = new Map<string, Json>(undated.seriesAsOf.map((s: Json) => [`${s.series}|${s.period}`, s]));
const PARTS = ['killed', 'injured', 'families', 'antiPersonnel', 'antiTank', 'uxo', 'capacityMW'];

function seriesPoint(seriesId: string, p: Json): Json | null {
  const period = String(p.period);
  let date: string | undefined;
  let label = period;
  let m: RegExpExecArray | null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(period)) date = period;
  else if ((m = /^(\d{4})-(\d{4})$/.exec(period))) [date, label] = [m[2], `${m[1]}–${m[2]}`];
  else if ((m = /^end-(\d{4})$/.exec(period))) [date, label] = [`${m[1]}-12`, `End of ${m[1]}`];
  else if ((m = /^(.+) (\d{4}-\d{2}-\d{2})$/.exec(period))) date = m[2];
  else if ((m = /^(\d{4})(?: \(to end-year\))?: /.exec(period))) date = m[1];
  const src = source({ url: p.source, publisher: p.publisher, published: p.published });
  const researched = seriesAsOf.get(`${seriesId}|${period}`);
  let asOf: string | undefined = p.asOf;
  let asOfNote: string | undefined;
  if (!asOf && date && precisionOf(date) === 'day') [asOf, asOfNote] = [date, undefined];
  else if (!asOf && src.published) [asOf, asOfNote] = [src.published, "The source's publication date."];
  else if (!asOf && researched?.asOf) [asOf, asOfNote] = [researched.asOf, researched.basis];
  if (!asOf) return null;
  const parts = Object.fromEntries(PARTS.filter((k) => typeof p[k] === 'number').map((k) => [k, p[k]]));
  const value = typeof p.value === 'number' ? p.value : null;
  return compact({
    period: label,
    date,
    value: value ?? 'null',
    parts: Object.keys(parts).length ? parts : undefined,
    place: p.settlement && placeIds.has(p.settlement) ? p.settlement : undefined,
    project: p.project && projectIds.has(p.project) ? p.project : undefined,
    asOf,
    asOfNote,
    source: src,
    note: typeof p.value === 'string' ? [`Value as given: ${p.value}.`, p.note].filter(Boolean).join(' ') : p.note,
  });
}

/** An undatable report, kept as a sourced note instead of a data point. */
function seriesNote(series: Json, p: Json): Json {
  const value = p.value === null || p.value === undefined ? '' : `${p.value} ${series.unit}`;
  const text = [`${p.period}${value ? `: ${value}` : ''}.`, p.note].filter(Boolean).join(' ');
  return { text, sources: [source({ url: p.source, publisher: p.publisher, published: p.published })] };
}

for (const series of funding.series) {
  const notes: Json[] = [];
  const convert = (list: Json[]) =>
    list.flatMap((p) => {
      const point = seriesPoint(series.id, p);
      if (point && (point.value !== null || point.parts)) return [point];
      notes.push(seriesNote(series, p));
      if (!point) report.push(`series ${series.id} | ${p.period}: no as-of date, kept as a note`);
      return [];
    });
  const points = convert(series.points);
  const alternatives = convert(series.undatedOrUnchartedPoints ?? []);
  write(
    'series',
    RENAMED_IDS[series.id] ?? series.id,
    compact({
      title: series.title,
      unit: series.unit,
      kind: series.kind,
      description: series.description,
      official: true,
      chartable: series.chartable,
      points,
      alternatives,
      notes,
    }),
  );
}

console.log(report.join('\n') || 'clean import');
