/** Absolute URLs of the site: its origin (`SITE_URL`) joined with the base path and a page's path. */
import { withBase } from '../urls.ts';

/** A function from a site path ("/places/") to its absolute URL. */
export type Absolute = (path: string) => string;

export function absoluteUrls(site: string | URL, base: string): Absolute {
  return (path) => new URL(withBase(base, path), site).href;
}
