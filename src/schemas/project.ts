/** A reconstruction project: airports, roads, villages, power. Read by /projects/. */
import { z } from 'astro/zod';
import { endOf, isAfter } from '../lib/dates.ts';
import { partialDate, source, sourcedNote, sources, text, type ReferenceFactory } from './common.ts';

export const sector = z.enum([
  'transport',
  'energy',
  'water',
  'housing',
  'health',
  'education',
  'demining',
  'industry',
  'agriculture',
  'telecom',
  'planning',
  'culture',
]);
export type Sector = z.infer<typeof sector>;

/** announced: no works reported; under-construction: works reported; completed: built; operational: in service. */
export const projectStatus = z.enum(['announced', 'under-construction', 'completed', 'operational']);
export type ProjectStatus = z.infer<typeof projectStatus>;

export const milestone = z.strictObject({
  /** When it happened. */
  date: partialDate,
  /** What happened, one sentence. */
  text,
  /** The status this milestone establishes, when it is a turning point (opening, start of works). */
  marks: projectStatus.optional(),
  /** How the date was worked out, when the source did not state it fully. */
  dateNote: text.optional(),
  sources,
});
export type Milestone = z.infer<typeof milestone>;

export const figure = z.strictObject({
  /** What is measured ("runway length"). */
  label: text,
  /** A number, or a compound value as written ("17 / 12,964") with `unit` explaining the parts. */
  value: z.union([
    z
      .number()

      .refine((v) => Math.abs(v) < 1e12, { message: 'expected a plausible number (below one trillion)' }),
    text,
  ]),
  /** Explicit unit: km, MW, m2, million AZN. */
  unit: text,
  /** The date the figure describes. */
  asOf: partialDate,
  /** How the as-of date was established, when the source does not state it. */
  asOfNote: text.optional(),
  source,
  /** Disagreements, definitions. */
  note: text.optional(),
});
export type Figure = z.infer<typeof figure>;

export const contractor = z.strictObject({
  /** Company or body. */
  name: text,
  /** What it does on the project. */
  role: text,
  source,
});
export type Contractor = z.infer<typeof contractor>;

export function projectSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .strictObject({
      /** Official or common English name. */
      name: text,
      /** Broad sector, used by filters and charts. */
      sector,
      /** What is built ("airport", "highway", "smart village"). */
      type: text,
      /** Places the project is in or connects. */
      places: z.array(reference('places')).min(1, { message: 'expected at least one place' }),
      status: projectStatus,
      /** The date of the latest source supporting `status`. */
      statusAsOf: partialDate,
      /** What the status means for this project, when not obvious. */
      statusNote: text.optional(),
      /** Dated steps, oldest first. */
      milestones: z.array(milestone),
      /** Measured facts, each with unit, as-of date and source. */
      figures: z.array(figure),
      contractors: z.array(contractor),
      /** Two or three sentences in the report's words. */
      summary: text,
      /** Caveats about sources and figures. */
      notes: z.array(sourcedNote).default([]),
      /** Every source the record draws on. */
      sources,
    })
    .superRefine(statusHasMilestone);
}

/** A completed or operational project has a dated milestone that says so, no later than its as-of date. */
function statusHasMilestone(
  { status, statusAsOf, milestones }: { status: string; statusAsOf: string; milestones: Milestone[] },
  ctx: z.RefinementCtx,
): void {
  if (status !== 'completed' && status !== 'operational') return;
  const marking = milestones.findIndex((m) => m.marks === 'completed' || m.marks === 'operational');
  if (marking === -1) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      input: status,
      message: 'expected a dated, sourced milestone with "marks": "completed" or "operational" for this status',
    });
  } else if (isAfter(milestones[marking]!.date, endOf(statusAsOf))) {
    ctx.addIssue({
      code: 'custom',
      path: ['statusAsOf'],
      input: statusAsOf,
      message: `expected a date on or after milestone ${marking} (${milestones[marking]!.date}), which marks the status`,
    });
  }
}
