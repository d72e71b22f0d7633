/** Internal links with the site's base path: every href inside the site goes through `href`. */
import { routes, recordPath } from './lib/routes.ts';
import { withBase } from './lib/urls.ts';

export { routes };

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export function recordHref(collection: string, id: string): string {
  return href(recordPath(collection, id));
}
