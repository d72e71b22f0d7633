/**
 * Skeletons for new records (`npm run new -- <kind> <id>`): the right shape,
 * with TODO markers the content check rejects until every one is filled in.
 */
import { stringify as stringifyYaml } from 'yaml';
import { englishHash, englishTexts, type TranslatedCollection } from './i18n/translatable.ts';
import { ID_PATTERN } from './urls.ts';

export const SCAFFOLD_KINDS = ['project', 'place', 'event', 'commitment', 'chapter'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

const COLLECTION: Record<ScaffoldKind, string> = {
  project: 'projects',
  place: 'places',
  event: 'events',
  commitment: 'commitments',
  chapter: 'articles',
};

const source = () => ({
  url: 'TODO: https://… (the publisher’s own page)',
  publisher: 'TODO: who published it',
  published: 'TODO: YYYY-MM-DD as shown on the page (delete this line if unknown)',
});

const SKELETONS: Record<Exclude<ScaffoldKind, 'chapter'>, () => object> = {
  project: () => ({
    name: 'TODO: official or common English name',
    sector:
      'TODO: transport, energy, water, housing, health, education, demining, industry, agriculture, telecom, planning or culture',
    type: 'TODO: what is built (airport, highway, smart village…)',
    places: ['TODO: a place id from src/content/places'],
    status: 'TODO: announced, under-construction, completed or operational',
    statusAsOf: 'TODO: YYYY-MM-DD of the latest source that supports the status',
    milestones: [
      {
        date: 'TODO: YYYY-MM-DD (or YYYY-MM, YYYY)',
        text: 'TODO: what happened, one sentence',
        marks: 'TODO: the status this milestone establishes (delete this line if none)',
        sources: [source()],
      },
    ],
    figures: [
      {
        label: 'TODO: what is measured (delete this figure if none)',
        value: 'TODO: a number',
        unit: 'TODO: km, MW, m2, million AZN…',
        asOf: 'TODO: YYYY-MM-DD the figure describes',
        source: source(),
      },
    ],
    contractors: [],
    summary: 'TODO: two or three sentences in the report’s own neutral words',
    sources: [source()],
  }),
  place: () => ({
    name: 'TODO: common English form of the Azerbaijani name',
    altNames: [
      {
        name: 'TODO: another name, in its own script',
        kind: 'TODO: azerbaijani, armenian, russian, historical, variant or misspelling',
      },
    ],
    kind: 'TODO: city, town, village or settlement',
    district: 'TODO: the district it belongs to',
    coordinates: {
      lat: 'TODO: latitude in decimal degrees',
      lon: 'TODO: longitude in decimal degrees',
      source: source(),
    },
    population: [],
    controlHistory: [],
    summary: 'TODO: two or three sentences: what the place is and why it matters to the report',
    notes: [],
  }),
  event: () => ({
    date: 'TODO: YYYY-MM-DD (or YYYY-MM, YYYY)',
    precision: 'TODO: day, month or year, as the date is written',
    title: 'TODO: a neutral headline',
    summary: 'TODO: what happened, two or three sentences in the report’s words',
    category: 'TODO: conflict, diplomacy, reconstruction, return, demining or economy',
    places: ['TODO: a place id from src/content/places'],
    sources: [source()],
  }),
  commitment: () => ({
    title: 'TODO: a neutral headline for the promise',
    promise: 'TODO: what was promised, in the report’s words',
    promisedBy: 'TODO: the person or body that made it',
    promisedOn: 'TODO: YYYY-MM-DD',
    target: 'TODO: the deadline, YYYY-MM-DD / YYYY-MM / YYYY (delete this line if none)',
    sources: [source()],
    projects: [],
    places: [],
    outcome: 'TODO: met, met-late, partly-met, not-met, pending or unclear',
    outcomeAsOf: 'TODO: YYYY-MM-DD of the latest evidence',
    assessment: 'TODO: why this outcome, two to four neutral sentences',
    evidence: [{ date: 'TODO: YYYY-MM-DD', text: 'TODO: what happened', sources: [source()] }],
  }),
};

function chapter(today: string): string {
  return `---
title: 'TODO: the chapter title'
description: 'TODO: one sentence for listings and search results'
findings: # four to six: what the chapter found, most important first, each with the keys of its sources
${Array.from({ length: 4 }, () => "  - text: 'TODO: one sourced sentence of what the chapter found'\n    sources: [todo-source]").join('\n')}
chapter: 0 # TODO: its number in the table of contents
published: ${today}
places: [] # ids of the places it discusses
projects: [] # ids of the projects it discusses
events: [] # ids of the events it discusses
sources:
  todo-source:
    url: 'TODO: https://…'
    publisher: 'TODO: who published it'
---

TODO: write the chapter. Cite every fact right after it, <Cite id="todo-source" />, and link the records you discuss
with <PlaceLink id="…">…</PlaceLink>, <ProjectLink id="…">…</ProjectLink> or <EventLink id="…">…</EventLink>.
`;
}

/** The file to write for a new record: its path under the content folder and its text. */
export function scaffold(kind: ScaffoldKind, id: string, today: string): { path: string; text: string } {
  if (!ID_PATTERN.test(id))
    throw new Error(
      `"${id}" is not a valid id; expected lowercase words joined by hyphens, e.g. "aghali-smart-village"`,
    );
  const collection = COLLECTION[kind];
  if (kind === 'chapter') return { path: `${collection}/${id}.mdx`, text: chapter(today) };
  return { path: `${collection}/${id}.json`, text: `${JSON.stringify(SKELETONS[kind](), null, 2)}\n` };
}

/**
 * A translation's skeleton (`npm run new -- translation hy places/shusha`): the hash of the English it translates
 * and every English text marked TODO, to be replaced by its translation. A chapter's is its title, description
 * and findings (the body stays English with a notice), or the whole chapter with `whole`.
 */
export function translationScaffold(
  collection: TranslatedCollection,
  record: object,
  options: { body?: string | undefined; whole?: boolean } = {},
): string {
  const english = englishTexts(collection, record, options.whole ? (options.body ?? '') : undefined);
  const todo = (value: unknown): unknown =>
    typeof value === 'string'
      ? `TODO translate: ${value}`
      : Array.isArray(value)
        ? value.map(todo)
        : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, todo(v)]));
  const { body, ...texts } = english;
  const fields = { translates: englishHash(english), ...(todo(texts) as object) };
  if (collection !== 'articles') return `${JSON.stringify(fields, null, 2)}\n`;
  return `---\n${stringifyYaml(fields, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' }).trimEnd()}\n---\n${
    typeof body === 'string' ? `\nTODO translate the body below, keeping every tag as it is.\n\n${body}` : ''
  }`;
}
