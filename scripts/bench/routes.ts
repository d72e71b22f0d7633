/**
 * Where rendering goes by kind of page, from Astro's build log: it prints each
 * page it writes with the time that page took ("├─ /projects/x/index.html
 * (+6ms)"). Pages render four at a time (`build.concurrency`), so the sums
 * overlap and add up to more than the wall time; they rank the kinds.
 */

export interface RouteKind {
  /** "projects/*.html": the route's first folder, whether pages sit below it, and the file type. */
  kind: string;
  pages: number;
  /** Sum of the pages' own times, ms. */
  ms: number;
  /** The slowest page, ms. */
  maxMs: number;
}

const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const EDITION = /^\/(az|ru|hy)\//;

/** The kind of a built path: "/az/projects/x/index.html" → "projects/*.html", "/og/az/projects/x.jpg" → "og/*.jpg". */
export function routeKind(path: string): string {
  const parts = path.replace(EDITION, '/').split('/').filter(Boolean);
  const file = parts.at(-1) ?? 'index.html';
  const type = /\.(\w+)$/.exec(file)?.[1] ?? 'html';
  const page = file === 'index.html' || !file.includes('.');
  const folders = file.includes('.') ? parts.slice(0, -1) : parts;
  if (folders.length === 0) return page ? 'index.html' : file;
  // A page is its folder ("projects/x/index.html"); any other file is one of its folder's ("timeline/x.json").
  const below = page ? folders.length > 1 : true;
  return `${folders[0]}${below ? '/*' : ''}.${type}`;
}

/** Every timed page of a build log, summed by kind, heaviest first. */
export function routeProfile(log: string): RouteKind[] {
  const kinds = new Map<string, RouteKind>();
  for (const m of plain(log).matchAll(/─ (\/\S+?) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const kind = routeKind(m[1]!);
    const k = kinds.get(kind) ?? { kind, pages: 0, ms: 0, maxMs: 0 };
    k.pages += 1;
    k.ms += ms;
    k.maxMs = Math.max(k.maxMs, ms);
    kinds.set(kind, k);
  }
  return [...kinds.values()].sort((a, b) => b.ms - a.ms || a.kind.localeCompare(b.kind));
}
