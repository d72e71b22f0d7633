/** Hand-made records for chart edge cases: synthetic, never shipped, every source a fixture. */
import type { Entry, Report } from '../../src/lib/report.ts';
import type { EventCategory } from '../../src/schemas/event.ts';
import type { Project, ProjectStatus, Sector, Series, SeriesPoint, TimelineEvent } from '../../src/schemas/types.ts';

export const source = { url: 'https://example.org/fixture', publisher: 'Fixture Publisher' };

export function emptyReport(): Report {
  return {
    places: [],
    events: [],
    projects: [],
    commitments: [],
    series: [],
    articles: [],
    translations: [],
    corrections: [],
    publishers: [],
  };
}

export function point(p: Partial<SeriesPoint> & { period: string; value: number | null }): SeriesPoint {
  return { asOf: p.date ?? '2021', source, ...p } as SeriesPoint;
}

export function series(id: string, points: SeriesPoint[], extra: Partial<Series> = {}): Entry<Series> {
  return {
    id,
    data: {
      title: id,
      unit: 'units',
      kind: 'cumulative',
      description: 'Synthetic.',
      official: true,
      chartable: true,
      points,
      alternatives: [],
      notes: [],
      ...extra,
    },
  };
}

export function event(id: string, date: string, category: EventCategory): Entry<TimelineEvent> {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id,
    data: { date, precision, title: `Event ${id}`, summary: 'Synthetic.', category, places: [], sources: [source] },
  };
}

export function project(
  id: string,
  sector: Sector,
  milestones: Array<{ date: string; marks?: ProjectStatus }>,
  status: ProjectStatus = 'under-construction',
): Entry<Project> {
  return {
    id,
    data: {
      name: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      sector,
      type: 'road',
      places: [{ collection: 'places', id: 'testville' }],
      status,
      statusAsOf: milestones.at(-1)?.date ?? '2021',
      milestones: milestones.map((m) => ({ ...m, text: 'Synthetic step.', sources: [source] })),
      figures: [],
      contractors: [],
      summary: 'Synthetic.',
      notes: [],
      sources: [source],
    },
  };
}
