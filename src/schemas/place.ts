/** A place: a town or city of the region, with every name it is known by. Read by /places/. */
import { z } from 'astro/zod';
import { partialDate, precision, precisionAgrees, source, sourcedNote, sources, text } from './common.ts';

/** What kind of name an alternative name is. */
export const altNameKind = z.enum([
  'azerbaijani', // the Azerbaijani spelling: Cəbrayıl
  'armenian', // Armenian or Armenian-derived: Stepanakert, Shushi
  'russian', // Russian, usually Cyrillic: Шуша
  'historical', // a former name: Karyagino
  'variant', // another Latin romanisation: Jebrail, Agdam
  'misspelling', // found in sources, wrong: "Gabriel" for Jabrayil
]);
export type AltNameKind = z.infer<typeof altNameKind>;

export const altName = z.strictObject({
  /** The name exactly as written, in its own script. */
  name: text,
  /** Its language or kind. */
  kind: altNameKind,
  /** Who uses it, or where it was found. */
  note: text.optional(),
});
export type AltName = z.infer<typeof altName>;

export const placeSchema = z.strictObject({
  /** Common English form of the Azerbaijani name (Jabrayil, Khankendi). */
  name: text,
  /** Every other name the place is known by; search finds the place by any of them. */
  altNames: z.array(altName),
  /** Size of settlement. */
  kind: z.enum(['city', 'town', 'village', 'settlement']),
  /** The administrative district it belongs to. */
  district: text,
  /** Position in decimal degrees (WGS 84), with where it was taken from. */
  coordinates: z.strictObject({
    lat: z.number().min(38).max(42, { message: 'expected a latitude between 38 and 42 (the South Caucasus)' }),
    lon: z.number().min(44).max(51, { message: 'expected a longitude between 44 and 51 (the South Caucasus)' }),
    source,
  }),
  /** Population figures, each for the year it counts. */
  population: z.array(
    z.strictObject({
      /** Number of people. */
      value: z.number().int().nonnegative().max(10_000_000),
      /** The year the figure counts (its "as of"). */
      year: z.number().int().min(1800).max(2100),
      /** What the figure is (census, estimate, resettled residents). */
      note: text.optional(),
      sources,
    }),
  ),
  /** Changes of control, oldest first. */
  controlHistory: z.array(
    z
      .strictObject({
        date: partialDate,
        precision,
        /** What changed, in neutral words. */
        description: text,
        sources,
      })
      .superRefine(precisionAgrees),
  ),
  /** Two or three sentences: what the place is and why it matters to the report. */
  summary: text,
  /** Uncertainties and context, each sourced. */
  notes: z.array(sourcedNote).default([]),
});
export type Place = z.infer<typeof placeSchema>;
