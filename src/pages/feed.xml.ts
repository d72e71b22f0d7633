/** The Atom feed of each edition (English at /feed.xml, the others at /az/feed.xml…): chapters, and the newest timeline events and project milestones. */
import type { APIRoute } from 'astro';
import { loadReportIn } from '../content.ts';
import { LICENCE } from '../consts.ts';
import { recordHistories } from '../git.ts';
import { atomFeed, feedEntries, type FeedChange } from '../lib/export/feed.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { speakerOf } from '../lib/i18n/speaker.ts';
import { routes } from '../lib/routes.ts';
import { siteUrls } from '../data-endpoints.ts';

/** Every record's status and outcome changes, from its git history, for the feed. */
const feedChanges = (): FeedChange[] =>
  [...recordHistories()].flatMap(([key, entries]) =>
    entries.flatMap((e) => e.changes.map((change) => ({ key, date: e.date, change }))),
  );

/** The feed in one edition; the route files for English and the translations both call it. */
export async function feed(site: URL | undefined, lang: Locale): Promise<Response> {
  const abs = siteUrls(site);
  const s = speakerOf(lang);
  const xml = atomFeed(
    {
      title: s.t('site.title'),
      subtitle: s.t('feed.subtitle'),
      lang,
      self: abs(routes.feed(lang)),
      home: abs(s.path(routes.home())),
      icon: abs('/favicon.svg'),
      rights: s.t('feed.rights', { licence: `${LICENCE.title} (${LICENCE.path})` }),
    },
    feedEntries(await loadReportIn(lang), abs, 50, s, feedChanges()),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export const GET: APIRoute = ({ site }) => feed(site, 'en');
