/** The shape of one benchmark run, as written to docs/performance.json. */
import type { LighthouseRun } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { Phases } from './phases.ts';
import type { RouteKind } from './routes.ts';
import type { SearchFigures } from './search.ts';
import type { Growth } from './stats.ts';
import type { SyntheticCounts } from './shapes.ts';
import type { DevFigures } from './dev.ts';

export interface BuildSummary {
  /** Median wall time of the runs. */
  wallMs: number;
  /** Highest peak memory of the runs, MB. */
  peakMb: number | null;
  pages: number;
  msPerPage: number;
  outputBytes: number;
  /** Every run's wall time, ms. */
  runs: number[];
  /** Where the last run's time went, ms. */
  phases: Phases;
  /** Where the last run's rendering went, by kind of page. */
  routes: RouteKind[];
  /**
   * The same build again right after, keeping the build's caches (Astro's content store, the social cards), as a
   * CI with a cache builds: median wall time, peak memory and phases. Null in results written before it was measured.
   */
  warm: { wallMs: number; peakMb: number | null; phases: Phases } | null;
}

export interface SizeResult {
  records: number;
  counts: SyntheticCounts;
  site: BuildSummary;
  baseline: BuildSummary;
  /** Site wall time over baseline wall time, cold. */
  ratio: number;
  /** The same for the warm builds; null when not measured. */
  warmRatio: number | null;
  /** Null when the build has no search index. */
  search: SearchFigures | null;
  /** The heaviest HTML page of the synthetic site, gzipped. */
  largestPage: { path: string; htmlGz: number };
}

export interface RealSite {
  build: BuildSummary;
  /** Page weights of one page of each kind. */
  weights: Record<string, PageWeight & { path: string }>;
  search: SearchFigures | null;
  /** Lighthouse per page kind; empty when skipped. */
  lighthouse: Record<string, LighthouseRun>;
  /** <img> elements without width and height, or without lazy loading below the first screen. */
  images: { total: number; unsized: string[] };
}

export interface Results {
  date: string;
  machine: { cpus: number; memoryGb: number; loadAverage: number[]; node: string; astro: string; lighthouse: string };
  /** The command's options, so the figures can be read in context. */
  options: { sizes: number[]; runs: number; lighthouse: boolean; real: boolean; dev?: boolean };
  real: RealSite | null;
  sizes: SizeResult[];
  /** An edited project's page served again by `astro dev` at the smallest size; null when not measured. */
  dev: DevFigures | null;
  growth: { site: Growth | null; baseline: Growth | null; memory: Growth | null };
}
