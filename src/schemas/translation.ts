/**
 * A translation's own fields, beside the texts it translates (checked against
 * the English record by src/lib/i18n/translatable.ts). Read by every page of
 * the /az/, /ru/ and /hy/ editions.
 */
import { z } from 'astro/zod';
import { dayDate, text } from './common.ts';

export const translationMeta = z.looseObject({
  /** The hash of the English texts it was made from: `npm run new -- translation` writes it, `npm run check` compares it. */
  translates: z.string().regex(/^[0-9a-f]{12}$/, { message: 'expected the 12-digit hash of the English texts' }),
  /** Who checked the translation against the English, and when; until then pages call it machine-assisted. */
  reviewed: z.strictObject({ by: text, on: dayDate }).optional(),
});
export type TranslationMeta = z.infer<typeof translationMeta>;
