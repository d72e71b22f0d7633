// @ts-check
// The bare baseline: plain Astro and MDX, the benchmark's synthetic content, nothing else.
// The benchmark builds a copy of this folder in its temporary folder, beside a link to node_modules.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Caches stay inside this project's copy, apart from the report's.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  integrations: [mdx()],
});
