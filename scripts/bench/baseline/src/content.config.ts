/** The benchmark's synthetic records from CONTENT_DIR, loaded without schemas: Astro's bare cost. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const dir = process.env.CONTENT_DIR;
if (!dir) throw new Error('CONTENT_DIR is not set: the baseline builds only the synthetic content');

const files = (collection: string, pattern: string) =>
  defineCollection({
    loader: glob({ pattern, base: `${dir}/${collection}`, generateId: ({ entry }) => entry.replace(/\.\w+$/, '') }),
  });

export const collections = {
  places: files('places', '*.json'),
  projects: files('projects', '*.json'),
  events: files('events', '*.json'),
  articles: files('articles', '*.mdx'),
};
