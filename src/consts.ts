/**
 * What the report is called and how it may be reused: the one place that says
 * so. Pages, metadata, feeds, cards, citations and the open data all import
 * these; CITATION.cff repeats them for citation tools (a unit test keeps it in step).
 */

/** The report's name, as pages, citations and cards show it. */
export const REPORT_TITLE = 'Karabakh Reconstruction Report';

/** The report's licence (text and data), in the fields a Frictionless Data Package names a licence with. */
export const LICENCE = {
  /** SPDX identifier. */
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};
