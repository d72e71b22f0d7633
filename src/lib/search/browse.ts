/**
 * The browsable index the search page offers without JavaScript: the report's
 * own list pages, by kind, place, sector, year and timeline category.
 */
import { yearOf } from '../dates.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import { eventCategories, type Report } from '../report.ts';
import { routes } from '../routes.ts';

export interface BrowseGroup {
  heading: string;
  /** Paths without the base path. */
  links: Array<{ label: string; path: string; count?: number }>;
}

export function browseGroups(report: Report, s: Speaker = speakerOf('en')): BrowseGroup[] {
  const { t } = s;
  const sectors = Object.entries(s.labels.sector)
    .map(([sector, label]) => ({
      sector,
      label,
      count: report.projects.filter((p) => p.data.sector === sector).length,
    }))
    .filter((s) => s.count > 0);
  const years = [...new Set(report.events.map((e) => yearOf(e.data.date)))].sort((a, b) => b - a);
  return [
    {
      heading: t('browse.kind'),
      links: [
        { label: t('facet.type.chapter'), path: routes.articles(), count: report.articles.length },
        { label: t('facet.type.project'), path: routes.projects(), count: report.projects.length },
        { label: t('facet.type.place'), path: routes.places(), count: report.places.length },
        { label: t('browse.events'), path: routes.timeline(), count: report.events.length },
        { label: t('facet.type.commitment'), path: routes.commitments(), count: report.commitments.length },
      ],
    },
    {
      heading: t('browse.place'),
      links: report.places.map((p) => ({ label: p.data.name, path: routes.place(p.id) })),
    },
    {
      heading: t('browse.sector'),
      links: sectors.map((s) => ({ label: s.label, path: `${routes.projects()}#sector-${s.sector}`, count: s.count })),
    },
    {
      heading: t('browse.year'),
      links: years.map((y) => ({
        label: String(y),
        path: `${routes.timeline()}#year-${y}`,
        count: report.events.filter((e) => yearOf(e.data.date) === y).length,
      })),
    },
    {
      heading: t('browse.category'),
      links: eventCategories(report).map((c) => ({
        label: s.labels.category[c.category],
        path: routes.timelineCategory(c.category),
        count: c.count,
      })),
    },
  ];
}
