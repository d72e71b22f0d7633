/**
 * The charts to take away (/charts/<id>.svg and .png): each chart's wide drawing with its title and a credit line
 * naming the report, the chart's address and its as-of date, in the light colours of the design tokens.
 */
import css from './styles/tokens.css?raw';
import { LICENCE, REPORT_TITLE } from './consts.ts';
import { loadReport } from './content.ts';
import { buildCharts } from './lib/charts/catalog.ts';
import { chartSvg } from './lib/charts/figure.ts';
import { standaloneSvg } from './lib/charts/standalone.ts';
import type { ChartSpec } from './lib/charts/types.ts';
import { formatDate } from './lib/dates.ts';
import { lightTokens } from './lib/seo/og-card.ts';
import { routes } from './lib/routes.ts';
import { siteUrls } from './data-endpoints.ts';

const palette = lightTokens(css);

/** Every chart of the report, for the paths of its files (CSV, SVG, PNG). */
export async function chartPaths() {
  return buildCharts(await loadReport()).map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}

/** One chart as a standalone SVG, credited to the report at this build's address. */
export function chartDownload(chart: ChartSpec, site: URL | undefined): string {
  const url = siteUrls(site)(routes.chart(chart.id));
  const credit = `${REPORT_TITLE}, ${url}. Data as of ${formatDate(chart.asOf)}.${chart.official ? ' Official Azerbaijani figures.' : ''} ${LICENCE.name}.`;
  return standaloneSvg(chartSvg(chart, 'wide'), { palette, title: chart.title, credit });
}
