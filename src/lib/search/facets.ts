/** The search page's facets: every value the index holds, labelled, with how many records carry it. */
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import type { Report } from '../report.ts';
import { FACETS, SEARCH_TYPES, type FacetKey, type SearchRecord } from './types.ts';

export interface FacetOption {
  /** The id stored in the index and written in the URL ("under-construction"). */
  value: string;
  label: string;
  /** Records carrying this value, before any query or filter. */
  count: number;
}

export interface Facet {
  key: FacetKey;
  legend: string;
  options: FacetOption[];
}

/** Each facet's values in reading order: types as the site lists them, places by name, years newest first. */
function labelledValues(key: FacetKey, report: Report, present: string[], s: Speaker): Array<[string, string]> {
  switch (key) {
    case 'type':
      return SEARCH_TYPES.map((type) => [type, s.t(`facet.type.${type}`)]);
    case 'place':
      return report.places.map((p) => [p.id, p.data.name]);
    case 'sector':
      return Object.entries(s.labels.sector);
    case 'status':
      // One facet for both: a project's status, then a promise's outcome, named so the two read apart.
      return [
        ...Object.entries(s.labels.status),
        ...Object.keys(s.labels.outcome).map((outcome): [string, string] => [
          outcome,
          s.t(`facet.outcome.${outcome as keyof Speaker['labels']['outcome']}`),
        ]),
      ];
    case 'year':
      return [...present]
        .sort()
        .reverse()
        .map((y) => [y, y]);
  }
}

export function searchFacets(report: Report, records: SearchRecord[], s: Speaker = speakerOf('en')): Facet[] {
  return FACETS.map((key) => {
    const counts = new Map<string, number>();
    for (const record of records) {
      for (const value of record.filters[key] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const options = labelledValues(key, report, [...counts.keys()], s)
      .map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }))
      .filter((o) => o.count > 0);
    return { key, legend: s.t(`facet.${key}`), options };
  });
}
