/** Every .json file of the open data (see src/lib/export/files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentType, filesWith } from '../../lib/export/serve.ts';
import { siteDataFiles } from '../../data-endpoints.ts';

export const getStaticPaths = (async () =>
  filesWith(await siteDataFiles(new URL(import.meta.env.SITE)), 'json').map(({ name }) => ({
    params: { name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const found = filesWith(await siteDataFiles(site), 'json').find((f) => f.name === params.name);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.file.text, { headers: { 'Content-Type': contentType(found.file) } });
};
