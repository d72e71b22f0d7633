/**
 * Social cards (Open Graph images) in `astro dev`, drawn when asked: one per
 * chapter and per project, and the report's own card for every other page,
 * in every edition. A build writes them itself (src/integrations/social-cards.ts),
 * drawn in worker threads while its pages render, so this route builds nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import css from '../../styles/tokens.css?raw';
import { loadReport } from '../../content.ts';
import { lightTokens, reportCards, type Card } from '../../lib/seo/og-card.ts';
import { cardJpeg } from '../../lib/seo/og-render.ts';

const host = new URL(import.meta.env.SITE).host;

export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? reportCards(await loadReport(), host).map(({ path, card }) => ({ params: { path }, props: { card } }))
    : []) satisfies GetStaticPaths;

const palette = lightTokens(css);

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardJpeg(props.card as Card, palette)), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
