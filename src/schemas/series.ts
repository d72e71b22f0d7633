/** A series of numbers over time (budgets, demining, returns). Read by charts and /data/. */
import { z } from 'astro/zod';
import { partialDate, source, sourcedNote, text, type ReferenceFactory } from './common.ts';

export const seriesKind = z.enum([
  'planned',
  'planned-revised',
  'executed',
  'executed-partial',
  'cumulative',
  'cumulative-by-settlement',
  'annual',
  'monthly',
  'snapshot',
  'breakdown',
  'estimate',
  'statistics',
  'progress',
  'context',
]);
export type SeriesKind = z.infer<typeof seriesKind>;

export function seriesPointSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .strictObject({
      /** The period as a reader sees it ("2021", "2021–2023", "Aghali, 25 July 2022"). */
      period: text,
      /** The date the value refers to, for plotting; absent for categories without a date. */
      date: partialDate.optional(),
      /** The value in the series' unit; null when the source gives only parts. */
      value: z
        .number()

        .refine((v) => Math.abs(v) < 1e12, { message: 'expected a plausible number (below one trillion)' })
        .nullable(),
      /** Components as the source gives them (killed, injured, families, antiPersonnel…). */
      parts: z.record(z.string(), z.number().nonnegative()).optional(),
      /** The place the value counts, for per-settlement series. */
      place: reference('places').optional(),
      /** The project the value measures, for progress series. */
      project: reference('projects').optional(),
      /** The date the value was true or stated. */
      asOf: partialDate,
      /** How the as-of date was established, when the source does not state it. */
      asOfNote: text.optional(),
      source,
      note: text.optional(),
    })
    .refine((p) => p.value !== null || (p.parts && Object.keys(p.parts).length > 0), {
      message: 'expected a value, or parts when the source gives no total',
      path: ['value'],
    });
}

export function seriesSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  const point = seriesPointSchema(reference);
  return z.strictObject({
    title: text,
    /** Unit with currency and scale: "billion AZN", "hectares", "people". */
    unit: text,
    kind: seriesKind,
    description: text,
    /** True when the values are official Azerbaijani figures; the site labels them so. */
    official: z.boolean(),
    /** Whether the points form one line or bar chart. */
    chartable: z.boolean(),
    points: z.array(point).min(1, { message: 'expected at least one point' }),
    /** Values from other sources for the same periods, where sources disagree. */
    alternatives: z.array(point).default([]),
    /** Undated or uncharted reports, kept with their sources. */
    notes: z.array(sourcedNote).default([]),
  });
}
