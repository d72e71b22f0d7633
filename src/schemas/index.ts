/** Every collection's schema, built with a reference factory (Astro's, or the check's). */
import type { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { commitmentSchema } from './commitment.ts';
import { correctionSchema } from './correction.ts';
import type { CollectionName, ReferenceFactory } from './common.ts';
import { eventSchema } from './event.ts';
import { placeSchema } from './place.ts';
import { projectSchema } from './project.ts';
import { publisherSchema } from './publisher.ts';
import { seriesSchema } from './series.ts';

export function buildSchemas<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return {
    places: placeSchema,
    events: eventSchema(reference),
    projects: projectSchema(reference),
    commitments: commitmentSchema(reference),
    series: seriesSchema(reference),
    articles: articleSchema(reference),
    corrections: correctionSchema,
    publishers: publisherSchema,
  } satisfies Record<CollectionName, z.ZodType>;
}

/** File extension each collection's records are written in. */
export const collectionFormat: Record<CollectionName, 'json' | 'mdx'> = {
  places: 'json',
  events: 'json',
  projects: 'json',
  commitments: 'json',
  series: 'json',
  articles: 'mdx',
  corrections: 'json',
  publishers: 'json',
};
