/** Measures of a chapter the editorial rules set minimums for. */
import { scanComponents } from '../mdx-scan.ts';

/** Words of prose in an MDX body: without component tags, Markdown marks and URLs. */
export function proseWords(body: string): number {
  const text = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_|`[\]()-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Distinct source URLs a chapter actually cites. */
export function citedSources(body: string, sources: Record<string, { url: string }>): string[] {
  const keys = new Set(scanComponents(body).flatMap((c) => (c.name === 'Cite' && c.attrs.id ? [c.attrs.id] : [])));
  return [...new Set([...keys].flatMap((k) => (sources[k] ? [sources[k].url] : [])))];
}
