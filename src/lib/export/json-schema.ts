/**
 * JSON Schemas of the published records, generated from the same Zod schemas
 * that check the content, so the published description cannot drift from the
 * rules the build enforces. Refinements that JSON Schema cannot express (real
 * calendar dates, URL schemes) stay with the build's content check.
 */
import { z } from 'astro/zod';
import { collectionNames, recordId, type CollectionName } from '../../schemas/common.ts';
import { buildSchemas } from '../../schemas/index.ts';
import { HISTORY_KINDS } from '../history/record-diff.ts';
import { collectionInfo } from './records.ts';

/** A JSON Schema document, loosely typed: only the keywords this module reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  description?: string;
  additionalProperties?: boolean | JsonSchema;
  [keyword: string]: unknown;
}

const schemas = buildSchemas((collection) => recordId.describe(`The id of a record in ${collection}.`));

/** The fields every published record starts with. */
const head = {
  id: recordId.describe('The record id: permanent, and the last part of its URL.'),
  url: z.url().describe('The page of the record on the site.'),
};

/** A record's dated changes, as the version history records them; published after its fields. */
export const historySchema = z
  .array(
    z.strictObject({
      date: z.iso.date().describe('The day of the change.'),
      changes: z.array(
        z.strictObject({
          kind: z.enum(HISTORY_KINDS).describe('What kind of change: a status or outcome that moved, an item added…'),
          field: z
            .string()
            .optional()
            .describe('The field it concerns; absent when the whole record was added or removed.'),
          from: z.string().optional().describe('The value before, where one was replaced.'),
          to: z.string().optional().describe('The value after, or what was added.'),
        }),
      ),
    }),
  )
  .optional()
  .describe(
    'What changed in the record, day by day, oldest first, from the report’s version history. Absent when the site was built without its full history.',
  );

/** A row of the source index: a source once per URL, with the records that cite it. */
export const sourceRowSchema = z.strictObject({
  url: z.string().describe('The page of the source.'),
  publisher: z.string().describe('Who published it.'),
  published: z.string().optional().describe('Publication date shown on the page, YYYY, YYYY-MM or YYYY-MM-DD.'),
  note: z.string().optional().describe('What a reader should know about this copy.'),
  citedBy: z
    .array(z.string().regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/))
    .describe('The records that cite it, as collection/id.'),
});

/** The Zod schema of a record as published: id and url, then the collection's fields. */
export function publishedSchema(collection: CollectionName) {
  const fields = (schemas[collection] as z.ZodObject).shape;
  return z.strictObject({ ...head, ...fields, history: historySchema });
}

function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
}

/** The JSON Schema of one record of a collection, published at `url`. */
export function recordJsonSchema(collection: CollectionName, url: string): JsonSchema {
  const { $schema, ...rest } = toJsonSchema(publishedSchema(collection));
  const { title, description } = collectionInfo[collection];
  return { $schema, $id: url, title: `${title}: one record`, description, ...rest };
}

/** The JSON Schema of one row of the source index, published at `url`. */
export function sourceJsonSchema(url: string): JsonSchema {
  const { $schema, ...rest } = toJsonSchema(sourceRowSchema);
  return {
    $schema,
    $id: url,
    title: 'Sources: one source',
    description: 'Every source the report cites, once per URL, with the records that cite it.',
    ...rest,
  };
}

export { collectionNames };

/**
 * The JSON Schema of a content file as editors write it (no id or url: the file
 * name is the id; references as plain ids), for schema hints in their editor.
 */
export function editorJsonSchema(collection: Exclude<CollectionName, 'articles'>): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(schemas[collection], {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonSchema;
  const { title, description } = collectionInfo[collection];
  return { $schema, title: `${title}: one file of src/content/${collection}/`, description, ...rest };
}
