/** URLs: ids, source links, and links inside the site that carry the base path. */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for absolute http: and https: URLs only (no javascript:, data:, mailto:). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The host of a source URL without "www.", for compact citations ("trend.az"). */
export function hostOf(value: string): string {
  return new URL(value).hostname.replace(/^www\./, '');
}

/**
 * Joins the site's base path and an internal path: `withBase('/report/', '/places/')`
 * → `/report/places/`. Every internal link goes through this.
 */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

/** Normalises a BASE_PATH setting: leading and trailing slash, "/" when empty. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
