/**
 * The report's collections. Schemas live in src/schemas; this file only wires
 * them to loaders. Each record is one file named by its id.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { buildSchemas } from './schemas/index.ts';

const schemas = buildSchemas(reference);
const dir = contentDir();

/** One JSON file per record, in any subfolder; the id is the file name. */
const records = (collection: string) =>
  glob({
    pattern: '**/*.json',
    base: `${dir}/${collection}`,
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.json$/, ''),
  });

export const collections = {
  // /places/, /places/<id>/, and every page that names a place
  places: defineCollection({ loader: records('places'), schema: schemas.places }),
  // /timeline/ and the "events" lists on place and project pages
  events: defineCollection({ loader: records('events'), schema: schemas.events }),
  // /projects/ and /projects/<id>/
  projects: defineCollection({ loader: records('projects'), schema: schemas.projects }),
  // /commitments/
  commitments: defineCollection({ loader: records('commitments'), schema: schemas.commitments }),
  // /corrections/ and the record pages they name
  corrections: defineCollection({ loader: records('corrections'), schema: schemas.corrections }),
  // charts and /data/
  series: defineCollection({ loader: records('series'), schema: schemas.series }),
  // /sources/: who publishes each source, and what kind of voice it is
  publishers: defineCollection({ loader: records('publishers'), schema: schemas.publishers }),
  // /articles/ and /articles/<id>/: the report's chapters
  articles: defineCollection({
    loader: glob({
      pattern: '**/*.mdx',
      base: `${dir}/articles`,
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
    }),
    schema: schemas.articles,
  }),
};
