/** Each chart's numbers as CSV: /charts/<id>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReport } from '../../content.ts';
import { chartById } from '../../lib/charts/catalog.ts';
import { csvFile } from '../../lib/charts/csv.ts';
import { CHART_IDS } from '../../lib/charts/ids.ts';

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = chartById(await loadReport(), params.id!);
  return new Response(csvFile(chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
