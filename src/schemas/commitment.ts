/** A public promise about the reconstruction, tracked against delivery. Read by /commitments/. */
import { z } from 'astro/zod';
import { endOf } from '../lib/dates.ts';
import { datedNote, dayDate, partialDate, sources, text, type ReferenceFactory } from './common.ts';

/** How a promise turned out, as of `outcomeAsOf`. */
export const outcome = z.enum(['met', 'met-late', 'partly-met', 'not-met', 'pending', 'unclear']);
export type Outcome = z.infer<typeof outcome>;

export function commitmentSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .strictObject({
      /** A neutral headline for the promise. */
      title: text,
      /** What was promised, in the report's words. */
      promise: text,
      /** The person or body that made it. */
      promisedBy: text,
      /** When it was made. */
      promisedOn: partialDate,
      /** The deadline, as precise as the promise; absent when none was given. */
      target: partialDate.optional(),
      /** The deadline as phrased ("by the end of 2021"). */
      targetText: text.optional(),
      /** Where the promise was made or reported. */
      sources,
      projects: z.array(reference('projects')).default([]),
      places: z.array(reference('places')).default([]),
      outcome,
      /** The date of the latest evidence the assessment rests on. */
      outcomeAsOf: dayDate,
      /** Why this outcome, two to four neutral sentences. */
      assessment: text,
      /** Dated, sourced facts the assessment rests on. */
      evidence: z.array(datedNote),
    })
    .superRefine((commitment, ctx) => {
      // An assessed promise rests on evidence; "pending" holds only while the deadline is ahead of the assessment.
      const { outcome, evidence, target, outcomeAsOf } = commitment;
      if (outcome !== 'pending' && outcome !== 'unclear' && evidence.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['evidence'],
          input: evidence,
          message: `expected dated, sourced evidence for the outcome "${outcome}"`,
        });
      }
      if (outcome === 'pending' && target && endOf(target) < outcomeAsOf) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcome'],
          input: outcome,
          message: `expected met, met-late, partly-met, not-met or unclear: the target ${target} passed before the assessment (${outcomeAsOf})`,
        });
      }
    });
}
