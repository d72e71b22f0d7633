/** Frontmatter of an MDX chapter. Read by /articles/. */
import { z } from 'astro/zod';
import { dayDate, source, text, type ReferenceFactory } from './common.ts';

/** A key a chapter cites a source by: `<Cite id="trend-2021-10-26" />`. */
export const citeKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a lowercase kebab-case key' });

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
    /** The sources the chapter cites, by key; each appears as a numbered note. */
    sources: z.record(citeKey, source),
    /** Drafts are checked but not published. */
    draft: z.boolean().default(false),
  });
}
