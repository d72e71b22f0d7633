/**
 * The search page's state as it stands in the URL: `?q=airport&type=project&place=fuzuli&sort=newest`.
 * The names are the form's own, so the form's GET submission and the address agree.
 */
import { FACETS, type FacetKey, type SearchFilters } from './types.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  /** `relevance` ranks by match; with no query there is nothing to rank, so results come newest first. */
  sort: SortOrder;
}

const VALUE = /^[a-z0-9-]{1,80}$/;

export function emptyState(): SearchState {
  return { q: '', filters: { type: [], place: [], sector: [], status: [], year: [] }, sort: 'relevance' };
}

/** Reads a query string; unknown names and malformed values are ignored, repeated values kept once. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  for (const key of FACETS) state.filters[key] = [...new Set(params.getAll(key).filter((v) => VALUE.test(v)))];
  const sort = params.get('sort');
  if ((SORTS as readonly string[]).includes(sort ?? '')) state.sort = sort as SortOrder;
  return state;
}

/** The query string for a state, without the `?`: names in a fixed order, defaults left out. */
export function formatState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACETS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** True when the state asks for nothing: no words and no filters. */
export function isEmpty(state: SearchState): boolean {
  return !state.q && FACETS.every((key) => state.filters[key].length === 0);
}

export interface PagefindOptions {
  filters: Record<string, { any: string[] }>;
  sort?: { date: 'asc' | 'desc' };
}

/**
 * Pagefind's options for a state: values of one facet are alternatives (any),
 * facets narrow each other. `except` leaves one facet out, to count its values
 * against the other filters, the way a reader sees what ticking one more would give.
 */
export function pagefindOptions(state: SearchState, except?: FacetKey): PagefindOptions {
  const filters: PagefindOptions['filters'] = {};
  for (const key of FACETS) {
    if (key !== except && state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  }
  const sort = state.sort === 'oldest' ? 'asc' : state.sort === 'newest' || !state.q ? 'desc' : undefined;
  return sort ? { filters, sort: { date: sort } } : { filters };
}

/** How many filter values are ticked. */
export function activeFilters(filters: SearchFilters): number {
  return FACETS.reduce((n, key) => n + (filters[key]?.length ?? 0), 0);
}
