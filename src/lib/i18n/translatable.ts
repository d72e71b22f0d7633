/**
 * What of a record is translated, and how a translation is laid over it.
 *
 * A translation is a file beside the English one, `<id>.<lang>.json`
 * (`shusha.hy.json`; a chapter's is `<id>.<lang>.mdx`), holding only the
 * translated texts and the hash of the English texts it was made from. When
 * the English changes, the hash no longer matches and the translation is
 * stale: still shown, with a notice, and listed by `npm run check`. Lists
 * (milestones, evidence, findings, figures) are translated item by item, in
 * the English order.
 */
import { createHash } from 'node:crypto';

/** A text field, or a list of records whose named fields are translated. */
type FieldSpec = 'text' | readonly string[];

/** The collections whose records are translated, and which of their texts are. */
export const TRANSLATED = {
  places: { name: 'text', district: 'text', summary: 'text' },
  events: { title: 'text', summary: 'text' },
  projects: {
    name: 'text',
    type: 'text',
    summary: 'text',
    statusNote: 'text',
    milestones: ['text'],
    figures: ['label', 'unit'],
  },
  commitments: {
    title: 'text',
    promise: 'text',
    promisedBy: 'text',
    targetText: 'text',
    assessment: 'text',
    evidence: ['text'],
  },
  series: { title: 'text', unit: 'text', description: 'text' },
  articles: { title: 'text', description: 'text', findings: ['text'], sourceMixNote: 'text' },
} as const satisfies Record<string, Record<string, FieldSpec>>;

export type TranslatedCollection = keyof typeof TRANSLATED;
export const TRANSLATED_COLLECTIONS = Object.keys(TRANSLATED) as TranslatedCollection[];

export function isTranslatedCollection(value: string): value is TranslatedCollection {
  return Object.hasOwn(TRANSLATED, value);
}

/** Translated texts: a string per text field, a list per list (strings, or objects for several fields). */
export type Texts = Record<string, string | Array<string | Record<string, string>>>;

/** A chapter translation's body is translated too when it has one: the key its hash covers it under. */
export const BODY = 'body';

/** The English texts of a record a translation renders (absent optional ones left out), and the body if given. */
export function englishTexts(collection: TranslatedCollection, record: object, body?: string): Texts {
  const data = record as Record<string, unknown>;
  const texts: Texts = {};
  for (const [key, spec] of Object.entries(TRANSLATED[collection]) as Array<[string, FieldSpec]>) {
    const value = data[key];
    if (value === undefined) continue;
    if (spec === 'text') texts[key] = value as string;
    else
      texts[key] = (value as Array<Record<string, string>>).map((item) =>
        spec.length === 1 ? item[spec[0]!]! : Object.fromEntries(spec.map((field) => [field, item[field]!])),
      );
  }
  if (body !== undefined) texts[BODY] = body;
  return texts;
}

/** Twelve hex digits of SHA-256 over the texts: what a translation records as `translates`. */
export function englishHash(texts: Texts): string {
  const ordered = Object.fromEntries(Object.entries(texts).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex').slice(0, 12);
}

/**
 * What is wrong with a translation's texts against the English ones, as [field, expected] pairs:
 * a key the collection does not translate, a text that is not one, a list of another length.
 * A current translation must also give every English text; a stale one may lag behind.
 */
export function shapeProblems(
  collection: TranslatedCollection,
  texts: Record<string, unknown>,
  english: Texts,
  stale: boolean,
): Array<[field: string, expected: string]> {
  const specs = TRANSLATED[collection] as Record<string, FieldSpec>;
  const problems: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(texts)) {
    const spec = specs[key];
    if (!spec) {
      problems.push([key, `is not translated in ${collection}; expected one of ${Object.keys(specs).join(', ')}`]);
    } else if (spec === 'text') {
      if (typeof value !== 'string' || !value.trim()) problems.push([key, 'expected the translated text']);
    } else if (!Array.isArray(value) || !value.every((item) => isItem(item, spec))) {
      problems.push([key, `expected a list of ${spec.length === 1 ? 'texts' : `{ ${spec.join(', ')} }`}`]);
    } else if (!stale && value.length !== (english[key] as unknown[] | undefined)?.length) {
      problems.push([key, `expected ${(english[key] as unknown[] | undefined)?.length ?? 0} items, as in English`]);
    }
  }
  if (!stale)
    for (const key of Object.keys(english))
      if (key !== BODY && !(key in texts)) problems.push([key, 'expected a translation of this English text']);
  return problems;
}

function isItem(item: unknown, spec: readonly string[]): boolean {
  if (spec.length === 1) return typeof item === 'string' && item.trim() !== '';
  return (
    !!item &&
    typeof item === 'object' &&
    spec.every((field) => typeof (item as Record<string, unknown>)[field] === 'string')
  );
}

/**
 * The record with its translated texts in place of the English ones. A list is
 * laid over only when it has as many items as the English one: a stale list
 * whose English gained or lost an item would put texts against the wrong items.
 */
export function overlay<T extends object>(collection: TranslatedCollection, record: T, texts: Texts): T {
  const specs = TRANSLATED[collection] as Record<string, FieldSpec>;
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(texts)) {
    const spec = specs[key];
    const base = out[key];
    if (spec === 'text') {
      if (typeof base === 'string' && typeof value === 'string') out[key] = value;
    } else if (spec && Array.isArray(base) && Array.isArray(value) && base.length === value.length) {
      out[key] = base.map((item: Record<string, unknown>, i) =>
        spec.length === 1 ? { ...item, [spec[0]!]: value[i] } : { ...item, ...(value[i] as object) },
      );
    }
  }
  return out as T;
}
