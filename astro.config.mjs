// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import integrity from './src/integrations/integrity.ts';
import sitemap from './src/integrations/sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';
import { normaliseBase } from './src/lib/urls.ts';

// BASE_PATH ("/report/") and SITE_URL ("https://example.org") let the same
// source deploy at a domain root or under a sub-path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://karabakh-reconstruction.example',
  base: normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [integrity(), mdx(), searchIndex(), sitemap()],
});
