/**
 * The Atom feed: the report's chapters, and the newest timeline events and
 * project milestones, each linking to its page, with its sources.
 */
import { startOf, compareDates } from '../dates.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import { describeChange } from '../history/describe.ts';
import type { HistoryChange } from '../history/record-diff.ts';
import { recordTitles, type Report } from '../report.ts';
import { recordPath, routes } from '../routes.ts';
import type { Source } from '../../schemas/types.ts';
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  /** Permanent id: the URL of the entry's page, with a fragment for milestones. */
  id: string;
  title: string;
  link: string;
  /** ISO date-times. */
  published: string;
  updated: string;
  summary: string;
  /** HTML: the summary and the sources. */
  content: string;
  categories: Array<{ term: string; label: string }>;
}

export interface FeedInfo {
  title: string;
  subtitle: string;
  /** The feed's language (xml:lang); English when absent. */
  lang?: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the site's home page. */
  home: string;
  icon: string;
  rights: string;
}

/** A partial date as the first moment it can mean, in UTC: "2021-10" → "2021-10-01T00:00:00Z". */
export const atomDate = (date: string) => `${startOf(date)}T00:00:00Z`;

function sourcesHtml(sources: Source[], s: Speaker): string {
  const links = sources.map((source) => `<a href="${escapeXml(source.url)}">${escapeXml(source.publisher)}</a>`);
  return `<p>${escapeXml(s.t('event.sources'))} ${links.join(', ')}.</p>`;
}

const paragraph = (text: string) => `<p>${escapeXml(text)}</p>`;

/** A record's status or outcome change, from its history (src/git.ts): the feed carries these as entries. */
export interface FeedChange {
  /** "projects/fuzuli-international-airport". */
  key: string;
  date: string;
  change: HistoryChange;
}

/**
 * Every chapter, then the `limit` most recent events, milestones and status or outcome changes, newest first.
 * `absolute` turns a site path into an absolute URL.
 */
export function feedEntries(
  report: Report,
  absolute: (path: string) => string,
  limit = 50,
  s: Speaker = speakerOf('en'),
  changes: FeedChange[] = [],
): FeedEntry[] {
  const chapters = report.articles.map(({ id, data }): FeedEntry => {
    const link = absolute(s.path(routes.article(id)));
    return {
      id: link,
      title: data.title,
      link,
      published: atomDate(data.published),
      updated: atomDate(data.updated ?? data.published),
      summary: data.description,
      content: paragraph(data.description) + paragraph(s.t('feed.chapterOf', { number: data.chapter })),
      categories: [{ term: 'chapter', label: s.t('type.chapter') }],
    };
  });
  const events = report.events.map(({ id, data }): FeedEntry & { date: string } => {
    const link = absolute(s.path(routes.event(id)));
    return {
      date: data.date,
      id: link,
      title: data.title,
      link,
      published: atomDate(data.date),
      updated: atomDate(data.date),
      summary: data.summary,
      content: paragraph(data.summary) + sourcesHtml(data.sources, s),
      categories: [
        { term: 'event', label: s.t('feed.event') },
        { term: data.category, label: s.labels.category[data.category] },
      ],
    };
  });
  const milestones = report.projects.flatMap(({ id, data }) => {
    const link = absolute(s.path(routes.project(id)));
    const seen = new Map<string, number>();
    return data.milestones.map((m): FeedEntry & { date: string } => {
      const n = (seen.get(m.date) ?? 0) + 1;
      seen.set(m.date, n);
      return {
        date: m.date,
        id: `${link}#milestone-${m.date}${n > 1 ? `-${n}` : ''}`,
        title: `${data.name}: ${m.text}`,
        link,
        published: atomDate(m.date),
        updated: atomDate(m.date),
        summary: m.text,
        content: paragraph(m.text) + sourcesHtml(m.sources, s),
        categories: [{ term: 'milestone', label: s.t('feed.milestone') }],
      };
    });
  });
  const titles = recordTitles(report);
  const moves = changes
    .filter((c) => (c.change.kind === 'status' || c.change.kind === 'outcome') && titles.has(c.key))
    .map((c): FeedEntry & { date: string } => {
      const [collection, id] = c.key.split('/') as [string, string];
      const link = absolute(s.path(recordPath(collection, id)));
      const text = describeChange(c.change, s);
      return {
        date: c.date,
        id: `${link}#${c.change.kind}-${c.date}`,
        title: `${titles.get(c.key)}: ${text}`,
        link,
        published: atomDate(c.date),
        updated: atomDate(c.date),
        summary: text,
        content: paragraph(text),
        categories: [{ term: c.change.kind, label: s.t('footer.changes') }],
      };
    });
  const latest = [...events, ...milestones, ...moves]
    .sort((a, b) => compareDates(b.date, a.date) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ date: _date, ...entry }) => entry);
  return [...chapters, ...latest].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

/** The feed as Atom XML (RFC 4287). */
export function atomFeed(info: FeedInfo, entries: FeedEntry[]): string {
  const updated =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z';
  const entryXml = entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <published>${e.published}</published>
    <updated>${e.updated}</updated>
${e.categories.map((c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`).join('\n')}
    <summary>${escapeXml(e.summary)}</summary>
    <content type="html">${escapeXml(e.content)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${info.lang ?? 'en'}">
  <id>${escapeXml(info.self)}</id>
  <title>${escapeXml(info.title)}</title>
  <subtitle>${escapeXml(info.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(info.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(info.home)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(info.title)}</name><uri>${escapeXml(info.home)}</uri></author>
  <icon>${escapeXml(info.icon)}</icon>
  <rights>${escapeXml(info.rights)}</rights>
${entryXml.join('\n')}
</feed>
`;
}
