/** Reading a built site: its pages, their links, and whether a link lands on something. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface Page {
  /** URL path of the page, without the base ("/places/shusha/"). */
  path: string;
  html: HTMLElement;
}

/**
 * Every HTML page of a build; the charts' embed pages (embed/…, framed by other sites, without the site's header,
 * footer or search) only when asked, for the tests that hold for every page whatever its kind.
 */
export function readPages(dir: string, { embeds = false } = {}): Page[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && (embeds || !file.startsWith('embed/')))
    .sort()
    .map((file) => ({
      path: `/${relative(dir, join(dir, file))
        .replace(/index\.html$/, '')
        .replace(/\.html$/, '/')}`.replace(/\/+$/, '/'),
      html: parse(readFileSync(join(dir, file), 'utf8')),
    }));
}

/** Ids of the records of a collection in a content folder (the real content unless told). */
export function recordIds(collection: string, content = 'src/content'): string[] {
  const dir = `${content}/${collection}`;
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      // A translation (shusha.hy.json) is not a record of its own.
      .filter((f) => /^[^.]+\.(json|mdx)$/.test(f.replace(/^.*\//, '')))
      .map((f) => f.replace(/^.*\//, '').replace(/\.(json|mdx)$/, ''))
  );
}

/**
 * Where an internal link lands, or why it does not: the file it needs in the
 * build and, for a #fragment, the element with that id.
 */
export function resolveLink(dir: string, base: string, pages: Map<string, Page>, href: string): string | null {
  const [path, fragment] = href.split('#') as [string, string | undefined];
  if (!path.startsWith(base)) return `does not start with the base path ${base}`;
  const local = `/${path.slice(base.length)}`;
  const file = join(dir, local);
  if (/\.[a-z0-9]+$/i.test(local)) return existsSync(file) ? null : `no file ${local}`;
  const page = pages.get(local.endsWith('/') ? local : `${local}/`);
  if (!page) return `no page ${local}`;
  if (fragment && !page.html.getElementById(decodeURIComponent(fragment))) return `no element #${fragment} on ${local}`;
  return null;
}

/** A JPEG's width and height, from its frame header (SOF0 or SOF2); null when the bytes are not a JPEG. */
export function jpegSize(bytes: Buffer): [number, number] | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xc0 || marker === 0xc2) return [bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5)];
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return null;
}
