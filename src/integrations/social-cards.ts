/**
 * A build's social cards (Open Graph images, src/lib/seo/og-card.ts). Every
 * edition's cards start drawing in worker threads when the build starts, from
 * the records the content check passed, while the main thread renders pages;
 * when the build is done they are copied from the card cache to /og/, and the
 * cards no build uses any more leave the cache, which so stays the size of the
 * report's own cards. (`astro dev` draws a card when asked: src/pages/og/.)
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportFromCheck } from '../lib/report-from-check.ts';
import { pruneCardCache } from '../lib/seo/og-cache.ts';
import { lightTokens, reportCards } from '../lib/seo/og-card.ts';
import { cardFile } from '../lib/seo/og-render.ts';
import { recordsCheckedAtBuild } from './integrity.ts';

export default function socialCards(): AstroIntegration {
  let root = process.cwd();
  let site = '';
  let started = 0;
  let drawn: Promise<Array<{ path: string; file: string }>> | undefined;
  return {
    name: 'report-social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? '';
      },
      'astro:build:start': () => {
        started = Date.now();
        const checked = recordsCheckedAtBuild();
        if (!checked) throw new Error('social cards: the content check has not run; the build cannot draw the cards');
        const palette = lightTokens(readFileSync(join(root, 'src', 'styles', 'tokens.css'), 'utf8'));
        const host = new URL(site).host;
        drawn = Promise.all(
          reportCards(reportFromCheck(checked), host).map(async ({ path, card }) => ({
            path,
            file: await cardFile(card, palette),
          })),
        );
        // Awaited when the build is done; a failure meanwhile must not end the process unreported.
        drawn.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waiting = performance.now();
        const cards = await drawn!;
        const waited = performance.now() - waiting;
        const out = join(fileURLToPath(dir), 'og');
        for (const folder of new Set(cards.map(({ path }) => dirname(join(out, path)))))
          mkdirSync(folder, { recursive: true });
        for (const { path, file } of cards) copyFileSync(file, join(out, `${path}.jpg`));
        logger.info(
          `${cards.length} social cards in og/, drawn while pages rendered` +
            (waited >= 100 ? ` (the last ${(waited / 1000).toFixed(1)} s after)` : ''),
        );
        const removed = pruneCardCache(started);
        if (removed > 0) logger.info(`removed ${removed} social cards no page uses any more`);
      },
    },
  };
}
