/** Every file of the open data: JSON, CSV, JSON Schemas, the changelog and datapackage.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDataFiles } from '../../open-data.ts';

export const getStaticPaths = (async () =>
  (await siteDataFiles(new URL(import.meta.env.SITE))).map((f) => ({
    params: { file: f.file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await siteDataFiles(site)).find((f) => f.file === params.file);
  if (!file) return new Response('Not found', { status: 404 });
  const text =
    file.mediatype === 'text/csv' ? 'text/csv; charset=utf-8; header=present' : `${file.mediatype}; charset=utf-8`;
  return new Response(file.text, { headers: { 'Content-Type': text } });
};
