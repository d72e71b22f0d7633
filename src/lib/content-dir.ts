/** Where the content is read from, and where Astro caches what it built from it. */
import { join } from 'node:path';

/** Where content lives: `CONTENT_DIR` (relative to the project root, or absolute), else src/content. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ?? 'src/content';
}

/**
 * Astro's cache (its content data store, the social cards) for this content: other content (the test fixtures,
 * an editor's CONTENT_DIR) gets a cache of its own, so a build of it neither reads nor prunes the report's.
 */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  const dir = contentDir(env);
  const own = dir === 'src/content' ? '' : `content-${dir.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`;
  return join(process.cwd(), 'node_modules', '.astro', own);
}
