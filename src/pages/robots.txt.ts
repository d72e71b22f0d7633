/** robots.txt, naming the sitemap. */
import type { APIRoute } from 'astro';
import { routes } from '../lib/routes.ts';
import { robotsTxt } from '../lib/seo/robots.ts';
import { siteUrls } from '../data-endpoints.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteUrls(site)(routes.sitemap())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
