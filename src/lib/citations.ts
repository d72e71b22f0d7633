/** Numbered notes for a chapter: which number each source gets, and the back-links of each use. */
import type { Source } from '../schemas/types.ts';
import { citedKeys } from './mdx-components.ts';
import { scanComponents } from './mdx-scan.ts';

export interface Citations {
  /** Note number by source key, in order of first citation. */
  order: Map<string, number>;
  sources: Record<string, Source>;
  /** How many times each key is cited in the chapter. */
  counts: Map<string, number>;
  /** How many times each key has been cited so far while rendering. */
  uses: Map<string, number>;
}

/**
 * A chapter's citations: its findings (shown first) cite their sources before the body does, so their keys are
 * numbered first.
 */
export function createCitations(
  body: string,
  sources: Record<string, Source>,
  findings: Array<{ sources: string[] }> = [],
): Citations {
  // one pass over the findings' keys then the body's, in reading order: a key's first use gives its number
  const counts = new Map<string, number>();
  const order = new Map<string, number>();
  for (const key of [...findings.flatMap((f) => f.sources), ...scanComponents(body).flatMap(citedKeys)]) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!order.has(key)) order.set(key, order.size + 1);
  }
  return { order, sources, counts, uses: new Map() };
}

/** Registers one use of `key`; returns its note number and the id of this use's anchor. */
export function cite(citations: Citations, key: string): { number: number; anchor: string } {
  const number = citations.order.get(key);
  if (number === undefined) throw new Error(`<Cite id="${key}"> names no source of this chapter`);
  const use = (citations.uses.get(key) ?? 0) + 1;
  citations.uses.set(key, use);
  return { number, anchor: `cite-${number}-${use}` };
}

/** The notes in number order, each with its source and how many times it was cited. */
export function notes(citations: Citations): Array<{ number: number; key: string; source: Source; uses: number }> {
  return [...citations.order.entries()].map(([key, number]) => ({
    number,
    key,
    source: citations.sources[key]!,
    uses: citations.counts.get(key) ?? 1,
  }));
}
