/**
 * Shapes shared by every collection: record ids, partial dates, sources.
 * Imported by src/content.config.ts (through Astro) and by the standalone
 * integrity check (scripts/check.ts), so nothing here may import astro:*.
 */
import { z } from 'astro/zod';
import { isCalendarDate, PARTIAL_DATE_PATTERN, precisionOf, PRECISIONS, type Precision } from '../lib/dates.ts';
import { ID_PATTERN, isHttpUrl } from '../lib/urls.ts';

/** A record id: lowercase words joined by hyphens. Ids become URLs, so they never change. */
export const recordId = z
  .string()
  .regex(ID_PATTERN, { message: 'expected a lowercase kebab-case id such as "fuzuli-international-airport"' });

/** YAML frontmatter turns `2021-10-26` into a Date and `2021` into a number; dates are strings here. */
const fromYaml = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : typeof value === 'number' && Number.isInteger(value)
      ? String(value)
      : value;

/**
 * A date as precise as the source allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Dates after the build date are rejected by the integrity check, not here.
 */
export const partialDate = z.preprocess(
  fromYaml,
  z
    .string()
    .regex(PARTIAL_DATE_PATTERN, { message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, { message: 'expected a real calendar date' }),
);

/** A full calendar day, `YYYY-MM-DD`: used for "as of" dates of statuses and assessments. */
export const dayDate = z.preprocess(
  fromYaml,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a day written YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, { message: 'expected a real calendar date' }),
);

/** How exact a date is. */
export const precision = z.enum(PRECISIONS);
export type { Precision };

/** A date's `precision` is the one it is written with ("2021-03" is month precision): for `.superRefine`. */
export function precisionAgrees(value: { date: string; precision: Precision }, ctx: z.RefinementCtx): void {
  const written = precisionOf(value.date);
  if (written === value.precision) return;
  ctx.addIssue({
    code: 'custom',
    path: ['precision'],
    input: value.precision,
    message: `expected "${written}": the date ${value.date} is written with ${written} precision`,
  });
}

/** Text that must say something. */
export const text = z.string().trim().min(1, { message: 'expected text, got an empty string' });

/** Where a fact comes from. */
export const source = z.strictObject({
  /** The page, canonical publisher URL where known; http and https only. */
  url: z.string().refine(isHttpUrl, { message: 'expected an http:// or https:// URL' }),
  /** Who published it, as a reader would name them ("Trend News Agency"). */
  publisher: text,
  /** Publication date shown on the page, when known. */
  published: partialDate.optional(),
  /** Anything a reader should know about this copy ("Reuters text, via mirror"). */
  note: text.optional(),
});
export type Source = z.infer<typeof source>;

/** One or more sources: every fact on the site has at least one. */
export const sources = z.array(source).min(1, { message: 'expected at least one source' });

/** A dated, sourced statement: milestones, control changes, evidence. */
export const datedNote = z.strictObject({
  /** When it happened. */
  date: partialDate,
  /** What happened, one sentence in the report's words. */
  text,
  /** Where it is reported. */
  sources,
});
export type DatedNote = z.infer<typeof datedNote>;

/** A remark with its sources: uncertainties, disagreements, context. */
export const sourcedNote = z.strictObject({
  text,
  sources,
});
export type SourcedNote = z.infer<typeof sourcedNote>;

/**
 * Makes a reference to another collection. Astro passes its own `reference`;
 * the standalone check passes one that records the target for its own lookup.
 */
export type ReferenceFactory<R extends z.ZodType> = (collection: CollectionName) => R;

/** Collection names, as used in URLs and references. */
export const collectionNames = [
  'places',
  'events',
  'projects',
  'commitments',
  'series',
  'articles',
  'corrections',
  'publishers',
] as const;
export type CollectionName = (typeof collectionNames)[number];
