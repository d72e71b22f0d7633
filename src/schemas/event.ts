/** A timeline event: the war, diplomacy, reconstruction, returns. Read by /timeline/. */
import { z } from 'astro/zod';
import { partialDate, precision, precisionAgrees, sources, text, type ReferenceFactory } from './common.ts';

export const eventCategory = z.enum(['conflict', 'diplomacy', 'reconstruction', 'return', 'demining', 'economy']);
export type EventCategory = z.infer<typeof eventCategory>;

export function eventSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .strictObject({
      /** When it happened, as precise as sources allow. */
      date: partialDate,
      /** How exact `date` is; must agree with how it is written. */
      precision,
      /** A neutral headline. */
      title: text,
      /** What happened, two or three sentences in the report's words. */
      summary: text,
      /** One category, used by the timeline filters. */
      category: eventCategory,
      /** Places the event concerns. */
      places: z.array(reference('places')),
      sources,
      /** Where sources disagree or a detail is unconfirmed. */
      uncertainty: text.optional(),
    })
    .superRefine(precisionAgrees);
}
