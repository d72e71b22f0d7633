/** Each chart's numbers as CSV: /charts/<id>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths } from '../../chart-downloads.ts';
import { csvFile } from '../../lib/charts/csv.ts';
import type { ChartSpec } from '../../lib/charts/types.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: ChartSpec };
  return new Response(csvFile(chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
