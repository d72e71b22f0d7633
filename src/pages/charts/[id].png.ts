/** Each chart as a PNG at twice its drawn size, with its title and credit: /charts/<id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartDownload, chartPaths } from '../../chart-downloads.ts';
import { svgToPng } from '../../lib/charts/standalone.ts';
import type { ChartSpec } from '../../lib/charts/types.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(new Uint8Array(await svgToPng(chartDownload((props as { chart: ChartSpec }).chart, site))), {
    headers: { 'Content-Type': 'image/png' },
  });
