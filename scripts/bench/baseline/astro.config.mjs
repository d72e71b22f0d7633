// @ts-check
// The bare baseline: plain Astro and MDX, the benchmark's synthetic content, nothing else.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.astro/cache',
  integrations: [mdx()],
});
