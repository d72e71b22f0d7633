// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import headers from './src/integrations/headers.ts';
import releaseFiles from './src/integrations/releases.ts';
import { cacheDir } from './src/lib/content-dir.ts';
import { siteConfigProblems } from './src/consts.ts';
import integrity from './src/integrations/integrity.ts';
import sitemap from './src/integrations/sitemap.ts';
import socialCards from './src/integrations/social-cards.ts';
import searchIndex from './src/integrations/search-index.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security.ts';
import { astroHash, THEME_INIT } from './src/lib/theme-init.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n/locales.ts';
import { normaliseBase } from './src/lib/urls.ts';

// BASE_PATH ("/report/") and SITE_URL ("https://example.org") let the same
// source deploy at a domain root or under a sub-path.
// A build for a real address must say who publishes the report and how to reach them.
if (process.env.SITE_URL) {
  const problems = siteConfigProblems();
  if (problems.length > 0)
    throw new Error(`SITE_URL is set, so this build is for readers, but:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://karabakh-reconstruction.example',
  base: normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // One cache per content folder: a build of the test fixtures leaves the report's data store and cards alone.
  cacheDir: cacheDir(),
  // Scripts and styles as files, never inlined: the only inline script is the theme
  // initialiser, so one static Content-Security-Policy (the build's _headers, src/integrations/headers.ts) fits every page.
  // Four pages at a time: social cards encode their PNGs off the main thread meanwhile
  // (measured on 1,000 synthetic records, cold: 19.7 s at 1, 13.3 s at 4).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [integrity(), mdx(), searchIndex(), socialCards(), sitemap(), releaseFiles(), headers()],
  // A Content-Security-Policy meta tag on every page: Astro adds the hashes of its own
  // scripts and styles; Pagefind needs WebAssembly ('wasm-unsafe-eval') and its worker.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_SOURCES, hashes: [astroHash(THEME_INIT)] },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
});
