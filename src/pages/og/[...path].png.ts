/**
 * Social cards (Open Graph images), drawn at build time: one per chapter and
 * per project, and the report's own card for every other page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import css from '../../styles/tokens.css?raw';
import { loadReport } from '../../content.ts';
import { chapterCard, lightTokens, projectCard, reportCard, type Card } from '../../lib/seo/og-card.ts';
import { cardPng } from '../../lib/seo/og-render.ts';

const host = new URL(import.meta.env.SITE).host;

export const getStaticPaths = (async () => {
  const report = await loadReport();
  const placeNames = Object.fromEntries(report.places.map((p) => [p.id, p.data.name]));
  const cards: Array<{ path: string; card: Card }> = [
    { path: 'report', card: reportCard(host) },
    ...report.articles.map((a) => ({ path: `articles/${a.id}`, card: chapterCard(a.data, host) })),
    ...report.projects.map((p) => ({ path: `projects/${p.id}`, card: projectCard(p.data, placeNames, host) })),
  ];
  return cards.map(({ path, card }) => ({ params: { path }, props: { card } }));
}) satisfies GetStaticPaths;

const palette = lightTokens(css);

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card as Card, palette)), {
    headers: { 'Content-Type': 'image/png' },
  });
