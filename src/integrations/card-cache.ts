/**
 * Keeps the social-card cache (node_modules/.astro/og-cards) the size of the
 * report's own cards: after a build, cards that build did not use are removed.
 */
import type { AstroIntegration } from 'astro';
import { pruneCardCache } from '../lib/seo/og-cache.ts';

export default function cardCache(): AstroIntegration {
  let started = 0;
  return {
    name: 'report-card-cache',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const removed = pruneCardCache(started);
        if (removed > 0) logger.info(`removed ${removed} social cards no page uses any more`);
      },
    },
  };
}
