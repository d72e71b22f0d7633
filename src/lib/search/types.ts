/** What the search index holds per record, and the facets readers filter by. */

/** The kinds of record a reader can search for; the `type` facet's values. */
export const SEARCH_TYPES = ['chapter', 'project', 'place', 'event', 'commitment'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The facets, in the order the search page shows them. Values are ids; the page shows labels. */
export const FACETS = ['type', 'place', 'sector', 'status', 'year'] as const;
export type FacetKey = (typeof FACETS)[number];

export type SearchFilters = Partial<Record<FacetKey, string[]>>;

/** What a result shows besides its excerpt. Pagefind stores meta as strings. */
export interface SearchMeta {
  title: string;
  /** The record's kind, a `SearchType`. */
  kind: SearchType;
  /** Its label ("Promise"). */
  type: string;
  /** The record's date as readers read it ("26 October 2021"); empty for places. */
  date: string;
  /** Status, outcome or event category, as a label ("Under construction"). */
  status: string;
  /** The id behind `status`, for its badge colour ("under-construction"). */
  statusKey: string;
  /** One line of context: places, sector, district, codes. */
  context: string;
  /** A place's every name, space-separated: searched with a high weight, so a place leads for its names. */
  names?: string;
  /** Every name of the places the record refers to, space-separated: searched, never shown. */
  places?: string;
  /** Codes such as "FZL", space-separated: searched with a high weight. */
  codes?: string;
}

/** How strongly a match in each meta field lifts a result (Pagefind's `ranking.metaWeights`). */
export const META_WEIGHTS = { title: 5, names: 10, codes: 10 };

/** One search result, the way the index builder hands it to Pagefind. */
export interface SearchRecord {
  /** Path of the page or anchor, without the base path ("/timeline/#war-begins"). */
  url: string;
  /** Plain text that is searched and excerpted. */
  content: string;
  meta: SearchMeta;
  filters: SearchFilters;
  /** `date`: the earliest day the record's date can mean, `YYYY-MM-DD`, for sorting by date. */
  sort: { date: string };
}
