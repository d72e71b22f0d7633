/**
 * The browsable index the search page offers without JavaScript: the report's
 * own list pages, by kind, place, sector, year and timeline category.
 */
import { yearOf } from '../dates.ts';
import { categoryLabel, sectorLabel } from '../labels.ts';
import { eventCategories, type Report } from '../report.ts';
import { routes } from '../routes.ts';

export interface BrowseGroup {
  heading: string;
  /** Paths without the base path. */
  links: Array<{ label: string; path: string; count?: number }>;
}

export function browseGroups(report: Report): BrowseGroup[] {
  const sectors = Object.entries(sectorLabel)
    .map(([sector, label]) => ({
      sector,
      label,
      count: report.projects.filter((p) => p.data.sector === sector).length,
    }))
    .filter((s) => s.count > 0);
  const years = [...new Set(report.events.map((e) => yearOf(e.data.date)))].sort((a, b) => b - a);
  return [
    {
      heading: 'By kind',
      links: [
        { label: 'Chapters', path: routes.articles(), count: report.articles.length },
        { label: 'Projects', path: routes.projects(), count: report.projects.length },
        { label: 'Places', path: routes.places(), count: report.places.length },
        { label: 'Timeline events', path: routes.timeline(), count: report.events.length },
        { label: 'Promises', path: routes.commitments(), count: report.commitments.length },
      ],
    },
    {
      heading: 'Projects and events by place',
      links: report.places.map((p) => ({ label: p.data.name, path: routes.place(p.id) })),
    },
    {
      heading: 'Projects by sector',
      links: sectors.map((s) => ({ label: s.label, path: `${routes.projects()}#sector-${s.sector}`, count: s.count })),
    },
    {
      heading: 'Timeline by year',
      links: years.map((y) => ({
        label: String(y),
        path: `${routes.timeline()}#year-${y}`,
        count: report.events.filter((e) => yearOf(e.data.date) === y).length,
      })),
    },
    {
      heading: 'Timeline by category',
      links: eventCategories(report).map((c) => ({
        label: categoryLabel[c.category],
        path: routes.timelineCategory(c.category),
        count: c.count,
      })),
    },
  ];
}
