/**
 * Social cards (Open Graph images), drawn at build time: one per chapter and
 * per project, and the report's own card for every other page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import css from '../../styles/tokens.css?raw';
import { loadReport } from '../../content.ts';
import { LOCALES } from '../../lib/i18n/locales.ts';
import { speakerOf } from '../../lib/i18n/speaker.ts';
import { localise } from '../../lib/i18n/translations.ts';
import { chapterCard, lightTokens, projectCard, reportCard, type Card } from '../../lib/seo/og-card.ts';
import { cardJpeg } from '../../lib/seo/og-render.ts';

const host = new URL(import.meta.env.SITE).host;

export const getStaticPaths = (async () => {
  const english = await loadReport();
  // Every edition's cards, in its language: /og/… for English, /og/az/… for Azerbaijani.
  const cards = LOCALES.flatMap((lang) => {
    const report = localise(english, lang);
    const s = speakerOf(lang);
    const prefix = lang === 'en' ? '' : `${lang}/`;
    const placeNames = Object.fromEntries(report.places.map((p) => [p.id, p.data.name]));
    return [
      { path: `${prefix}report`, card: reportCard(host, s) },
      ...report.articles.map((a) => ({ path: `${prefix}articles/${a.id}`, card: chapterCard(a.data, host, s) })),
      ...report.projects.map((p) => ({
        path: `${prefix}projects/${p.id}`,
        card: projectCard(p.data, placeNames, host, s),
      })),
    ];
  });
  return cards.map(({ path, card }) => ({ params: { path }, props: { card } }));
}) satisfies GetStaticPaths;

const palette = lightTokens(css);

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardJpeg(props.card as Card, palette)), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
