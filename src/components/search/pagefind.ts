/**
 * Pagefind in the browser, loaded on first use from the index beside the site
 * (`<base>pagefind/`, built by src/integrations/search-index.ts; served by the
 * dev server too). Result URLs come back with the base path.
 */
import { pagefindOptions, type SearchState } from '../../lib/search/query.ts';
import { FACETS, META_WEIGHTS, type FacetKey, type SearchMeta } from '../../lib/search/types.ts';
import { withBase } from '../../lib/urls.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: SearchMeta;
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}
export interface Result {
  id: string;
  data: () => Promise<ResultData>;
}
type Counts = Record<string, Record<string, number>>;
interface Pagefind {
  options: (options: object) => Promise<void>;
  filters: () => Promise<Counts>;
  search: (term: string | null, options: object) => Promise<{ results: Result[]; filters: Counts }>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (
    import(/* @vite-ignore */ withBase(import.meta.env.BASE_URL, 'pagefind/pagefind.js')) as Promise<Pagefind>
  )
    .then(async (pagefind) => {
      await pagefind.options({ excerptLength: 26, ranking: { metaWeights: META_WEIGHTS } });
      // Loading the filter index up front makes every search report its facet counts.
      await pagefind.filters();
      return pagefind;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export interface Found {
  results: Result[];
  /** For each facet, how many results each value would have, given the query and the other facets. */
  counts: Record<FacetKey, Record<string, number>>;
}

/** Runs a search; with `counts`, one more search per facet in use, so its other values count correctly. */
export async function find(state: SearchState, counts = true): Promise<Found> {
  const pagefind = await loadPagefind();
  const term = state.q || null;
  const main = await pagefind.search(term, pagefindOptions(state));
  const found: Found = { results: main.results, counts: { type: {}, place: {}, sector: {}, status: {}, year: {} } };
  if (!counts) return found;
  for (const key of FACETS) {
    const response = state.filters[key].length > 0 ? await pagefind.search(term, pagefindOptions(state, key)) : main;
    found.counts[key] = response.filters[key] ?? {};
  }
  return found;
}
