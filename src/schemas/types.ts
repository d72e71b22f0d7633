/**
 * The parsed shape of every record, as pages and src/lib see it: references
 * are `{ collection, id }`, as Astro's `reference()` returns them.
 */
import type { z } from 'astro/zod';
import type { articleSchema } from './article.ts';
import type { commitmentSchema } from './commitment.ts';
import type { eventSchema } from './event.ts';
import type { projectSchema } from './project.ts';
import type { seriesPointSchema, seriesSchema } from './series.ts';

/** A resolved reference to another record. */
export interface RecordRef<C extends string = string> {
  collection: C;
  id: string;
}

type Ref = z.ZodType<RecordRef>;

export type { Place, AltName } from './place.ts';
export type { Milestone, Figure, Contractor, ProjectStatus, Sector } from './project.ts';
export type { Source, DatedNote, SourcedNote } from './common.ts';
export type { Correction } from './correction.ts';
export type { Publisher, PublisherKind } from './publisher.ts';
export type TimelineEvent = z.output<ReturnType<typeof eventSchema<Ref>>>;
export type Project = z.output<ReturnType<typeof projectSchema<Ref>>>;
export type Commitment = z.output<ReturnType<typeof commitmentSchema<Ref>>>;
export type Series = z.output<ReturnType<typeof seriesSchema<Ref>>>;
export type SeriesPoint = z.output<ReturnType<typeof seriesPointSchema<Ref>>>;
export type ArticleMeta = z.output<ReturnType<typeof articleSchema<Ref>>>;
