/** Frontmatter of an MDX chapter. Read by /articles/. */
import { z } from 'astro/zod';
import { dayDate, source, text, type ReferenceFactory } from './common.ts';

/** A key a chapter cites a source by: `<Cite id="trend-2021-10-26" />`. */
export const citeKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a lowercase kebab-case key' });

/** One sourced sentence of what a chapter found, shown at its top and gathered on the home page. */
export const finding = z.strictObject({
  text,
  /** Keys of the chapter's sources that bear it out. */
  sources: z.array(citeKey).min(1, { message: 'expected at least one source key: a finding is sourced like any fact' }),
});
export type Finding = z.infer<typeof finding>;

export function articleSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .strictObject({
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
      /** What the chapter found, first: four to six sourced sentences (../shared/EDITORIAL.md, findings first). */
      findings: z
        .array(finding)
        .min(4, { message: 'expected four to six findings' })
        .max(6, { message: 'expected four to six findings' }),
      /**
       * Why the chapter rests on state and state-aligned sources for more than the policy's 60%, where it does
       * (only official figures exist, say): shown beside its source mix.
       */
      sourceMixNote: text.optional(),
      /** The sources the chapter cites, by key; each appears as a numbered note. */
      sources: z.record(citeKey, source),
      /** Drafts are checked but not published. */
      draft: z.boolean().default(false),
    })
    .superRefine((chapter, ctx) => {
      chapter.findings.forEach((f, i) =>
        f.sources.forEach((key, j) => {
          if (!(key in chapter.sources))
            ctx.addIssue({
              code: 'custom',
              path: ['findings', i, 'sources', j],
              input: key,
              message: `"${key}" is not one of this chapter's sources; expected a key of its sources`,
            });
        }),
      );
    });
}
