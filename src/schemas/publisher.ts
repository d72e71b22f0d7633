/**
 * Who publishes the report's sources, and what kind of voice each is: the registry every source's `publisher`
 * must resolve to, so each chapter and record can state its mix of sources (../shared/EDITORIAL.md, "Balance").
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

/** Kinds of publisher, in the order the report lists them. */
export const PUBLISHER_KINDS = [
  'state-body',
  'state-aligned-media',
  'independent-domestic-media',
  'armenian-government',
  'armenian-media',
  'international-organisation',
  'international-media',
  'research-or-ngo',
  'encyclopedia',
] as const;
export const publisherKind = z.enum(PUBLISHER_KINDS);
export type PublisherKind = z.infer<typeof publisherKind>;

export const publisherSchema = z.strictObject({
  /** The publisher, as a reader would name it. */
  name: text,
  kind: publisherKind,
  /** ISO 3166 code of its home country, or INT for an international organisation. */
  country: z
    .string()
    .regex(/^(?:[A-Z]{2}|INT)$/, { message: 'expected a two-letter country code such as "AZ", or "INT"' })
    .optional(),
  /** Owned or controlled by a state. */
  state: z.boolean().default(false),
  /** Every way a source's `publisher` names it as the author of the text. */
  names: z.array(text).min(1, { message: 'expected at least one name a source uses for it' }),
  /** Names under which another outlet carries or cites its text ("MENAFN / Trend News Agency"): relays of it. */
  relays: z.array(text).default([]),
  /** Why it has this kind, where that is not obvious. */
  note: text.optional(),
});
export type Publisher = z.output<typeof publisherSchema>;
