/** What a chart builder returns: the Chart.js configuration and everything printed around it. */
import type { ChartConfiguration } from 'chart.js';
import type { Source } from '../../schemas/types.ts';
import type { ChartId } from './ids.ts';

/** One cell of a chart's table; `value` is the number as data (CSV, tests), `text` as readers see it. */
export interface TableCell {
  text: string;
  value?: number | null;
  /** A link: a source URL or a page of the site (a route, before the base path). */
  href?: string;
  /** True when `href` is a page of the site, so the component adds the base path. */
  internal?: boolean;
  /** "en" in another edition when the text is a record's untranslated note. */
  lang?: string;
}

export interface TableColumn {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/** The chart's numbers as a table: the first cell of each row is its header. */
export interface ChartTable {
  columns: TableColumn[];
  rows: TableCell[][];
}

/** A remark under the chart: a value left out, another source's figure, a caveat. */
export interface ChartNote {
  text: string;
  /** "en" in another edition when the text quotes a record's untranslated note. */
  lang?: string;
  sources?: Source[];
}

export interface ChartSpec {
  id: ChartId;
  /** The heading: what the chart shows, in the report's words. */
  title: string;
  /** One sentence with the main finding: the SVG's <desc> and the caption's lead. */
  finding: string;
  /**
   * Chart.js configuration, JSON-safe (no functions): colours are tokens such
   * as "var(--accent)" that the renderer and the browser resolve.
   */
  config: ChartConfiguration;
  /** The unit of the values ("billion AZN"), for tooltips and the table. */
  unit: string;
  /** Drawing size in CSS pixels, wide and narrow layouts. */
  size: { wide: [number, number]; narrow: [number, number] };
  /** What the numbers are and where they come from, one or two sentences. */
  basis: string;
  /** True when every value is an official Azerbaijani figure. */
  official: boolean;
  /** The latest as-of date of the values shown (YYYY[-MM[-DD]]). */
  asOf: string;
  table: ChartTable;
  /** Distinct sources of the values shown. */
  sources: Source[];
  notes: ChartNote[];
  /** Series the chart draws on, each with the chart's name for it, for links to their full tables on /data/. */
  series: Array<{ id: string; label: string }>;
  /** Records of the report the chart counts, when it counts records rather than a series. */
  records?: { text: string; path: string };
}
