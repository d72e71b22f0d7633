/**
 * The report's collections. Schemas live in src/schemas; this file only wires
 * them to loaders. Each record is one file named by its id.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { buildSchemas } from './schemas/index.ts';
import { translationMeta } from './schemas/translation.ts';
import { TRANSLATIONS } from './lib/i18n/locales.ts';

const schemas = buildSchemas(reference);
const dir = contentDir();

/** One JSON file per record, in any subfolder; the id is the file name. Translations (`<id>.<lang>.json`) are apart. */
const records = (collection: string) =>
  glob({
    pattern: ['**/*.json', '!**/*.*.json'],
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
      pattern: ['**/*.mdx', '!**/*.*.mdx'],
      base: `${dir}/articles`,
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
    }),
    schema: schemas.articles,
  }),
  // /az/, /ru/, /hy/: `shusha.hy.json` beside `shusha.json`, `overview.az.mdx` beside `overview.mdx`; id "places/shusha.hy"
  translations: defineCollection({
    loader: glob({
      pattern: `*/**/*.{${TRANSLATIONS.join(',')}}.{json,mdx}`,
      base: dir,
      generateId: ({ entry }) => entry.replace(/\.(json|mdx)$/, ''),
    }),
    schema: translationMeta,
  }),
};
