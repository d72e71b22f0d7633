/** Frontmatter of an MDX chapter. Read by /articles/. */
import { z } from 'astro/zod';
import { dayDate, text, type ReferenceFactory } from './common.ts';

export function articleSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z.strictObject({
    title: text,
    /** One sentence for listings and search results. */
    description: text,
    /** Position in the report's table of contents. */
    chapter: z.number().int().positive(),
    published: dayDate,
    updated: dayDate.optional(),
    places: z.array(reference('places')).default([]),
    projects: z.array(reference('projects')).default([]),
    events: z.array(reference('events')).default([]),
    /** Drafts are checked but not published. */
    draft: z.boolean().default(false),
  });
}
