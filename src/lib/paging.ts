/**
 * Long lists on pages of their own. A list that fits its limit stays one page, exactly as it always was; a longer one
 * gets a page per group (a year of the timeline, a kind of publisher, a sector, a month of changes), a group too long
 * for a page is split by its finer key (the timeline's months) or else into numbered parts ("state-body",
 * "state-body-2"). A record's page depends only on its own keys and its group's size, so pages stay put as the
 * content grows. Pure: the pages that show the lists (src/lib/list-pages.ts) say what the groups are.
 */

export interface PagingItem<T> {
  item: T;
  /** The group it belongs to, in display order: "2023", "state-body", "2025-05". */
  group: string;
  /** A finer key within the group, to split a group too long for a page ("2023-05"); the group's own otherwise. */
  finer?: string;
  /** The ids of the anchors it carries on its page ("shusha-airport-opens"). */
  anchors?: readonly string[];
}

export interface ListPage<T> {
  /** Its path below the list's ('' for a list on one page): "2023", "2023-05", "state-body-2". */
  slug: string;
  /** Its group ('' for a list on one page). */
  group: string;
  /** The finer key its items share, when its group is split by them. */
  finer?: string;
  /** Its number among the parts of a group (or finer key) split into numbered parts; 1 otherwise. */
  part: number;
  /** How many numbered parts its group (or finer key) has. */
  parts: number;
  items: T[];
}

export interface Paging<T> {
  /** False when the whole list fits its limit and stays one page. */
  paged: boolean;
  /** In display order. */
  pages: ListPage<T>[];
  /** The slug of the page of every anchor: the items' own, and each group's ('' for all on a list of one page). */
  pageOf: ReadonlyMap<string, string>;
}

export interface PagingOptions {
  /** The id of a group's anchor ("year-2023"): it leads to the group's first page. */
  groupAnchor?: (group: string) => string;
}

/** Items in up to `limit` a chunk, chunks as even as they can be. */
function chunks<T>(items: T[], limit: number): T[][] {
  const count = Math.ceil(items.length / limit);
  const small = Math.floor(items.length / count);
  const larger = items.length % count; // the first chunks take one more
  const out: T[][] = [];
  for (let k = 0, start = 0; k < count; k++) {
    const size = small + (k < larger ? 1 : 0);
    out.push(items.slice(start, start + size));
    start += size;
  }
  return out;
}

/** Items by key, keys in order of first appearance. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Numbered parts of a run of items: "key", "key-2", "key-3"… */
function parted<T>(
  key: string,
  items: PagingItem<T>[],
  limit: number,
  base: Omit<ListPage<T>, 'slug' | 'part' | 'parts' | 'items'>,
) {
  const parts = chunks(items, limit);
  return parts.map((part, k) => ({
    ...base,
    slug: k === 0 ? key : `${key}-${k + 1}`,
    part: k + 1,
    parts: parts.length,
    entries: part,
  }));
}

/**
 * The pages of a list: one when its items number at most `limit`, else a page per group, a group over the limit split
 * by its items' finer keys and any page still over it into numbered parts.
 */
export function paginate<T>(items: readonly PagingItem<T>[], limit: number, options: PagingOptions = {}): Paging<T> {
  if (!(limit >= 1)) throw new Error(`a page holds at least one item, not ${limit}`);
  const pageOf = new Map<string, string>();
  if (items.length <= limit) {
    for (const { group, anchors = [] } of items) {
      for (const anchor of anchors) pageOf.set(anchor, '');
      if (options.groupAnchor) pageOf.set(options.groupAnchor(group), '');
    }
    return {
      paged: false,
      pages: [{ slug: '', group: '', part: 1, parts: 1, items: items.map((i) => i.item) }],
      pageOf,
    };
  }
  const pages = [...groupBy([...items], (i) => i.group)].flatMap(([group, members]) => {
    if (members.length <= limit || !members.some((m) => m.finer !== undefined))
      return parted(group, members, limit, { group });
    return [...groupBy(members, (m) => m.finer ?? group)].flatMap(([finer, run]) =>
      parted(finer, run, limit, { group, finer }),
    );
  });
  const slugs = new Set<string>();
  for (const page of pages) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(page.slug)) throw new Error(`"${page.slug}" cannot name a page of a list`);
    if (slugs.has(page.slug)) throw new Error(`two pages of a list would both be "${page.slug}"`);
    slugs.add(page.slug);
    if (options.groupAnchor && !pageOf.has(options.groupAnchor(page.group)))
      pageOf.set(options.groupAnchor(page.group), page.slug);
    for (const { anchors = [] } of page.entries) for (const anchor of anchors) pageOf.set(anchor, page.slug);
  }
  return {
    paged: true,
    pages: pages.map(({ entries, ...page }) => ({ ...page, items: entries.map((e) => e.item) })),
    pageOf,
  };
}

/** The pages before and after a page of a list, for its previous/next links. */
export function neighbours<T>(paging: Paging<T>, slug: string): { previous?: ListPage<T>; next?: ListPage<T> } {
  const k = paging.pages.findIndex((p) => p.slug === slug);
  if (k < 0) return {};
  return { previous: paging.pages[k - 1], next: paging.pages[k + 1] };
}

/** A link to a page of a list, as its previous/next navigation shows it. */
export interface PageLink {
  label: string;
  path: string;
}

/**
 * The page of a list named by `slug`, with its label and links to the pages before and after it: what every page of
 * a paged list shows. `listPath` is the address its pages live under; `label` names a page.
 */
export function listPage<T>(
  paging: Paging<T>,
  slug: string,
  listPath: string,
  label: (page: ListPage<T>) => string,
): { page: ListPage<T>; label: string; previous?: PageLink | undefined; next?: PageLink | undefined } {
  const page = paging.pages.find((p) => p.slug === slug);
  if (!page) throw new Error(`a list has no page "${slug}"`);
  const link = (p: ListPage<T> | undefined) => p && { label: label(p), path: pagePath(listPath, p.slug) };
  const { previous, next } = neighbours(paging, slug);
  return { page, label: label(page), previous: link(previous), next: link(next) };
}

/** The path of a page of a list, from the list's own path ("/timeline/") and the page's slug. */
export function pagePath(listPath: string, slug: string): string {
  return slug === '' ? listPath : `${listPath}${slug}/`;
}

/** The path of an anchor of a list, on the page that holds it: "/timeline/2023-05/#shusha-airport-opens". */
export function anchorPath(listPath: string, paging: Paging<unknown>, anchor: string): string {
  return `${pagePath(listPath, paging.pageOf.get(anchor) ?? '')}#${anchor}`;
}
