/** A correction: a substantive change to published content, with its date and reason. Read by /corrections/. */
import { z } from 'astro/zod';
import { dayDate, sources, text } from './common.ts';

/** "projects/barda-aghdam-railway": the collection and id of a corrected record. */
export const recordPathPattern = /^(places|events|projects|commitments|series|articles)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const correctionSchema = z.strictObject({
  /** When the correction was made. */
  date: dayDate,
  /** The records it changed, as "collection/id". */
  records: z
    .array(
      z
        .string()
        .regex(recordPathPattern, { message: 'expected "collection/id", e.g. "projects/barda-aghdam-railway"' }),
    )
    .min(1, { message: 'expected at least one record' }),
  /** What changed, one or two sentences. */
  summary: text,
  /** Why: the new evidence or the error found. */
  reason: text,
  /** The sources behind the correction. */
  sources,
});
export type Correction = z.infer<typeof correctionSchema>;
