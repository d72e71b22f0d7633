/** The Atom feed: chapters, and the newest timeline events and project milestones. */
import type { APIRoute } from 'astro';
import { loadReport } from '../content.ts';
import { LICENCE, REPORT_TITLE } from '../consts.ts';
import { atomFeed, feedEntries } from '../lib/export/feed.ts';
import { routes } from '../lib/routes.ts';
import { siteUrls } from '../data-endpoints.ts';

export const GET: APIRoute = async ({ site }) => {
  const abs = siteUrls(site);
  const xml = atomFeed(
    {
      title: REPORT_TITLE,
      subtitle: 'New chapters, timeline events and project milestones of the report, each with its sources.',
      self: abs(routes.feed()),
      home: abs(routes.home()),
      icon: abs('/favicon.svg'),
      rights: `Text and data: ${LICENCE.title} (${LICENCE.path})`,
    },
    feedEntries(await loadReport(), abs),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
