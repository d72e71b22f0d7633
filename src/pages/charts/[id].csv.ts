/** Each chart's numbers as CSV: /charts/<id>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReport } from '../../content.ts';
import { buildCharts } from '../../lib/charts/catalog.ts';
import { csvFile } from '../../lib/charts/csv.ts';
import type { ChartSpec } from '../../lib/charts/types.ts';

export const getStaticPaths = (async () =>
  buildCharts(await loadReport()).map((chart) => ({
    params: { id: chart.id },
    props: { chart },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: ChartSpec };
  return new Response(csvFile(chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
