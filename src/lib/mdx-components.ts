/**
 * The components chapters may use, and what each attribute must hold. The
 * content check holds every use in every chapter to this, line by line.
 */

/** What an attribute holds: free text, a date, one of the chapter's source keys, an image path, or a record id. */
export type AttrKind =
  | 'text'
  | 'date'
  | 'source'
  | 'image'
  | 'callout'
  | 'chart'
  | 'sector'
  | 'places'
  | 'projects'
  | 'events'
  | 'commitments';

export interface ComponentSpec {
  required: Record<string, AttrKind>;
  optional?: Record<string, AttrKind>;
}

export const MDX_COMPONENTS: Record<string, ComponentSpec> = {
  /** A numbered note to one of the chapter's sources: <Cite id="key" />. */
  Cite: { required: { id: 'source' } },
  /** Links to record pages: <PlaceLink id="shusha">Shusha</PlaceLink>. */
  PlaceLink: { required: { id: 'places' } },
  ProjectLink: { required: { id: 'projects' } },
  EventLink: { required: { id: 'events' } },
  /** A project's status, as-of date and summary in a box: <ProjectCard id="…" />. */
  ProjectCard: { required: { id: 'projects' } },
  /** A promise with its outcome: <Commitment id="…" />. */
  Commitment: { required: { id: 'commitments' } },
  /** A short, exact, attributed quotation: <Quote speaker="…" date="2021-10-26" source="key">…</Quote>. */
  Quote: { required: { speaker: 'text', date: 'date', source: 'source' } },
  /** An image from public/ with caption and credit: <Figure src="/images/x.jpg" alt="…" caption="…" credit="…" />. */
  Figure: { required: { src: 'image', alt: 'text', caption: 'text', credit: 'text' } },
  /** A chart from the gallery, with its table, CSV and sources: <Chart id="budget-by-year" />. */
  Chart: { required: { id: 'chart' } },
  /** The map of the region, optionally highlighting a place: <Map highlight="shusha" />. */
  Map: { required: {}, optional: { highlight: 'places' } },
  /** The promise tracker's count, from the records: <PromiseTally /> or <PromiseTally sector="transport" />. */
  PromiseTally: { required: {}, optional: { sector: 'sector' } },
  /** The number of projects in each status, counted at build time: <StatusCounts />. */
  StatusCounts: { required: {} },
  /** A boxed aside: <Callout kind="uncertain" title="…">…</Callout>. */
  Callout: { required: { kind: 'callout' }, optional: { title: 'text' } },
};

export const CALLOUT_KINDS = ['note', 'uncertain', 'correction'] as const;

/** The source keys a component use cites (Cite's id, Quote's source), from the specs above. */
export function citedKeys({ name, attrs }: { name: string; attrs: Record<string, string> }): string[] {
  return Object.entries(MDX_COMPONENTS[name]?.required ?? {})
    .filter(([attr, kind]) => kind === 'source' && attrs[attr])
    .map(([attr]) => attrs[attr]!);
}
