/** Each chart as a standalone SVG, with its title and credit: /charts/<id>.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartDownload, chartPaths } from '../../chart-downloads.ts';
import type { ChartSpec } from '../../lib/charts/types.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(chartDownload((props as { chart: ChartSpec }).chart, site), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
