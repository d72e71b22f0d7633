/**
 * A synthetic report of a given size, as content files: places, projects and
 * events in the real report's proportions (11 : 39 : 50), with sources and
 * milestones, plus chapters (1% of the records), commitments, series and
 * corrections. Every id starts with `synthetic-` and every name says
 * "Synthetic", so no page can be mistaken for the report.
 */
import { chapterFiles } from './synthetic-chapters.ts';
import { PUBLISHER_KINDS } from '../../src/schemas/publisher.ts';
import { ids, placeName, type ContentFile, type Source, type SyntheticCounts } from './shapes.ts';
import { coined, cyrillic, day, pad, partial, random, sentences, type Random } from './random.ts';

/** How many of each kind `records` (places + projects + events) makes. */
export function countsFor(records: number): SyntheticCounts {
  const places = Math.max(2, Math.round(records * 0.11));
  const projects = Math.max(1, Math.round(records * 0.39));
  return {
    places,
    projects,
    events: Math.max(1, records - places - projects),
    chapters: Math.max(1, Math.round(records * 0.01)),
    commitments: Math.max(1, Math.round(records * 0.02)),
    series: Math.max(3, Math.round(records * 0.002)),
    corrections: Math.max(1, Math.round(records * 0.001)),
  };
}

/** A word that the search index of any synthetic build finds on a handful of pages. */
export const searchTerm = () => coined(1);

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const json = (collection: string, id: string, data: unknown): ContentFile => ({
  path: `${collection}/${id}.json`,
  text: `${JSON.stringify(data, null, 2)}\n`,
});

/** Every file of a synthetic report with `records` records. Same input, same files. */
export function syntheticReport(records: number, seed = 2020): ContentFile[] {
  const r = random(seed);
  const counts = countsFor(records);
  const pool = sourcePool(r, Math.max(20, Math.round(records * 1.5)));
  const sources = (min: number, max: number) => r.some(pool, r.int(min, max));
  const placeIds = range(counts.places).map(ids.place);
  const projectIds = range(counts.projects).map(ids.project);
  const projects = range(counts.projects).map((i) => project(r, i, placeIds, sources));
  return [
    ...range(counts.places).map((i) => json('places', ids.place(i), place(r, i, sources))),
    ...projects.map((p, i) => json('projects', ids.project(i + 1), p)),
    ...range(counts.events).map((i) => json('events', ids.event(i), event(r, i, placeIds, sources))),
    ...range(counts.commitments).map((i) =>
      json('commitments', ids.commitment(i), commitment(r, i, placeIds, projectIds, sources)),
    ),
    ...range(counts.series).map((i) => json('series', ids.series(i), series(r, i, pool))),
    ...range(counts.corrections).map((i) =>
      json('corrections', ids.correction(i), correction(r, i, projectIds, sources)),
    ),
    ...chapterFiles(r, counts, pool, (i) => projects[i - 1]!.name),
    ...range(GAZETTES).map((i) => json('publishers', ids.publisher(i - 1), gazette(i - 1))),
  ];
}

/** How many synthetic publishers the sources name. */
const GAZETTES = 40;

/** A synthetic publisher, its kind taken in turn from every kind, so no kind dominates the mix. */
function gazette(i: number) {
  const name = `Synthetic Gazette ${pad(i, 2)}`;
  return { name, kind: PUBLISHER_KINDS[i % PUBLISHER_KINDS.length]!, state: false, names: [name], relays: [] };
}

/** Sources are shared between records, as real reporting is. */
function sourcePool(r: Random, size: number): Source[] {
  return range(size).map((i) => {
    const published = day(r);
    const source: Source = {
      url: `https://news-${pad(i % 40, 2)}.example.org/synthetic/${published.slice(0, 4)}/${pad(i, 6)}`,
      publisher: `Synthetic Gazette ${pad(i % GAZETTES, 2)}`,
    };
    return r.chance(0.9) ? { ...source, published } : source;
  });
}

type Sources = (min: number, max: number) => Source[];

function place(r: Random, i: number, sources: Sources) {
  const root = coined(i);
  const precision = r.weighted({ day: 6, month: 3, year: 1 });
  return {
    name: placeName(i),
    altNames: [
      { name: `${root}kend (synthetic variant)`, kind: 'variant' },
      { name: `Синтетик ${cyrillic(root)}`, kind: 'russian' },
      ...(r.chance(0.3) ? [{ name: `Old ${root} (synthetic)`, kind: 'historical', note: 'A former name' }] : []),
    ],
    kind: r.weighted({ city: 1, town: 2, village: 6, settlement: 1 }),
    district: `Synthetic District ${pad((i % 14) + 1, 2)}`,
    coordinates: {
      lat: Math.round((39.2 + r.next() * 1.2) * 1e4) / 1e4,
      lon: Math.round((45.9 + r.next() * 1.4) * 1e4) / 1e4,
      source: sources(1, 1)[0]!,
    },
    population: range(r.int(1, 3)).map((k) => ({
      value: r.int(50, 60000),
      year: 1979 + k * 10,
      sources: sources(1, 2),
    })),
    controlHistory: range(r.int(1, 2)).map(() => {
      const date = partial(day(r), precision);
      return { date, precision, description: sentences(r, 1), sources: sources(1, 2) };
    }),
    summary: `A synthetic place for the build benchmark. ${sentences(r, 2, root)}`,
    notes: r.chance(0.2) ? [{ text: sentences(r, 1), sources: sources(1, 2) }] : [],
  };
}

const SECTOR_TYPES = {
  transport: ['highway', 'railway', 'airport', 'tunnel', 'bridge'],
  housing: ['village', 'residential quarter', 'city rebuilding'],
  energy: ['substation', 'hydropower plant', 'solar plant'],
  water: ['water supply', 'reservoir'],
  health: ['hospital'],
  education: ['school'],
  demining: ['clearance programme'],
  industry: ['industrial park'],
  agriculture: ['agropark'],
  culture: ['mosque restoration', 'museum'],
} as const;

function project(r: Random, i: number, placeIds: string[], sources: Sources) {
  const sector = r.weighted({ transport: 6, housing: 6, energy: 3, water: 2, health: 1, education: 1 });
  const type = r.pick(SECTOR_TYPES[sector]);
  const status = r.weighted({ announced: 2, 'under-construction': 4, completed: 1, operational: 3 });
  const dates = range(r.int(2, 6))
    .map(() => day(r))
    .sort();
  const marks = (k: number) =>
    k === 0 && status !== 'announced'
      ? 'under-construction'
      : k === dates.length - 1 && (status === 'completed' || status === 'operational')
        ? status
        : undefined;
  const root = coined(r.int(1, placeIds.length));
  return {
    name: `Synthetic ${root} ${type} ${pad(i)}`,
    sector,
    type,
    places: r.some(placeIds, r.chance(0.3) ? 2 : 1),
    status,
    statusAsOf: dates.at(-1)!,
    milestones: dates.map((date, k) => ({
      date,
      text: sentences(r, 1),
      ...(marks(k) ? { marks: marks(k) } : {}),
      sources: sources(1, 2),
    })),
    figures: range(r.int(0, 3)).map(() => ({
      label: r.pick(['length', 'capacity', 'cost', 'area', 'homes']),
      value: r.int(1, 5000),
      unit: r.pick(['km', 'MW', 'million AZN', 'hectares', 'homes']),
      asOf: r.pick(dates),
      source: sources(1, 1)[0]!,
    })),
    contractors: range(r.int(0, 2)).map((k) => ({
      name: `Synthetic Builder ${pad(((i + k) % 60) + 1, 2)}`,
      role: r.pick(['main contractor', 'designer', 'supervisor']),
      source: sources(1, 1)[0]!,
    })),
    summary: `A synthetic project for the build benchmark. ${sentences(r, 2, root)}`,
    notes: r.chance(0.2) ? [{ text: sentences(r, 1), sources: sources(1, 2) }] : [],
    sources: sources(3, 10),
  };
}

function event(r: Random, i: number, placeIds: string[], sources: Sources) {
  const precision = r.weighted({ day: 16, month: 3, year: 1 });
  const places = r.some(placeIds, r.chance(0.3) ? 2 : 1);
  const root = coined(Number(places[0]!.slice(-5)));
  return {
    date: partial(day(r), precision),
    precision,
    title: `Synthetic event ${pad(i)} in ${root}`,
    summary: sentences(r, r.int(2, 3), root),
    category: r.weighted({ conflict: 2, diplomacy: 2, reconstruction: 4, return: 2, demining: 1, economy: 1 }),
    places,
    sources: sources(1, 4),
    ...(r.chance(0.1) ? { uncertainty: sentences(r, 1) } : {}),
  };
}

function commitment(r: Random, i: number, placeIds: string[], projectIds: string[], sources: Sources) {
  const promisedOn = day(r, Date.UTC(2020, 10, 10));
  const outcome = r.weighted({ met: 2, 'met-late': 2, 'partly-met': 1, 'not-met': 1, pending: 2, unclear: 1 });
  const outcomeAsOf = day(r, promisedOn);
  return {
    title: `Synthetic promise ${pad(i)}`,
    promise: sentences(r, 1),
    promisedBy: 'A synthetic official',
    promisedOn,
    ...(outcome === 'pending' ? { target: '2030', targetText: 'by 2030' } : {}),
    sources: sources(1, 2),
    projects: r.some(projectIds, 1),
    places: r.some(placeIds, 1),
    outcome,
    outcomeAsOf,
    assessment: sentences(r, 2),
    evidence: range(r.int(1, 2)).map(() => ({ date: outcomeAsOf, text: sentences(r, 1), sources: sources(1, 1) })),
  };
}

function series(r: Random, i: number, pool: Source[]) {
  let value = r.int(10, 100);
  return {
    title: `Synthetic series ${pad(i)}`,
    unit: r.pick(['hectares', 'people', 'million AZN']),
    kind: 'cumulative',
    description: sentences(r, 1),
    official: r.chance(0.5),
    chartable: true,
    points: range(5).map((k) => {
      value += r.int(5, 50);
      const year = String(2020 + k);
      return { period: year, date: year, value, asOf: `${year}-12-31`, source: r.pick(pool) };
    }),
    alternatives: [],
    notes: [],
  };
}

function correction(r: Random, i: number, projectIds: string[], sources: Sources) {
  return {
    date: day(r, Date.UTC(2025, 0, 1)),
    records: [`projects/${r.pick(projectIds)}`],
    summary: `Synthetic correction ${pad(i)}. ${sentences(r, 1)}`,
    reason: sentences(r, 1),
    sources: sources(1, 1),
  };
}
