/**
 * What kinds of publisher a chapter or record rests on (../shared/EDITORIAL.md, "Balance and structure"): every
 * source's `publisher` resolves to one entry of the publishers collection, and a set of sources is counted by the
 * kind of its publishers, each URL once.
 */
import { translator } from './i18n/dictionary.ts';
import { labelsOf } from './i18n/labels.ts';
import type { Publisher, PublisherKind, Source } from '../schemas/types.ts';
import { PUBLISHER_KINDS } from '../schemas/publisher.ts';

/** Kinds that speak for a state: its bodies and the media aligned with it, on either side. */
export const STATE_KINDS: readonly PublisherKind[] = ['state-body', 'state-aligned-media', 'armenian-government'];

/** The two parties: their state-owned media count with their state bodies (Armenpress as Azertac does). */
const PARTIES = new Set(['AZ', 'AM']);

/** Whether a publisher speaks for a state: a state body or state-aligned outlet, or a state-owned outlet of a party. */
export function speaksForState(publisher: Publisher): boolean {
  return STATE_KINDS.includes(publisher.kind) || (publisher.state && PARTIES.has(publisher.country ?? ''));
}

/** The policy's ceiling for a chapter's share of state and state-aligned sources, where others exist. */
export const STATE_SHARE_LIMIT = 0.6;

export const publisherKindLabel = labelsOf(translator('en')).publisherKind;

/** The publisher a source names, and whether the source is a relay of it. */
export interface Resolved {
  id: string;
  publisher: Publisher;
  relay: boolean;
}

/** Every name and relay name of every publisher, for lookup; a name claimed twice is an error of the data. */
export function publisherIndex(publishers: Array<{ id: string; data: Publisher }>): Map<string, Resolved> {
  const index = new Map<string, Resolved>();
  for (const { id, data } of publishers) {
    for (const name of data.names) index.set(name, { id, publisher: data, relay: false });
    for (const name of data.relays) index.set(name, { id, publisher: data, relay: true });
  }
  return index;
}

export interface SourceMix {
  /** Distinct source URLs counted. */
  total: number;
  /** Counts by kind, in the order of PUBLISHER_KINDS, kinds with none left out. */
  kinds: Array<{ kind: PublisherKind; count: number; share: number }>;
  /** Share of sources that speak for a state (`speaksForState`), 0–1. */
  stateShare: number;
  /** Publishers no entry names: the content check refuses these, so a built page never has any. */
  unknown: string[];
}

/** The mix of kinds behind a set of sources, each URL counted once. */
export function sourceMix(sources: Source[], index: Map<string, Resolved>): SourceMix {
  const byUrl = new Map(sources.map((s) => [s.url, s]));
  const counts = new Map<PublisherKind, number>();
  const unknown: string[] = [];
  let state = 0;
  for (const source of byUrl.values()) {
    const resolved = index.get(source.publisher);
    if (!resolved) unknown.push(source.publisher);
    else {
      counts.set(resolved.publisher.kind, (counts.get(resolved.publisher.kind) ?? 0) + 1);
      if (speaksForState(resolved.publisher)) state += 1;
    }
  }
  const total = byUrl.size;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const kinds = PUBLISHER_KINDS.filter((k) => counts.has(k)).map((kind) => ({
    kind,
    count: counts.get(kind)!,
    share: share(counts.get(kind)!),
  }));
  return { total, kinds, stateShare: share(state), unknown };
}

/** A share (0–1) as a whole percentage, "58%"; a share that is there but rounds to nothing, "<1%". */
export const percent = (share: number) => (share > 0 && share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`);

/** Whether a mix is above the ceiling, judged on the percentage readers see (so "60%" is never called above it). */
export const aboveCeiling = (mix: SourceMix) => Math.round(mix.stateShare * 100) > Math.round(STATE_SHARE_LIMIT * 100);

/** What the state share counts, in the words pages and messages use. */
export const STATE_LABEL = 'state bodies and state or state-aligned media of either side';

/** "State-aligned media 58%, International media 20%, …": the mix in one line, largest kinds first. */
export function mixSummary(mix: SourceMix, labels: Record<PublisherKind, string> = publisherKindLabel): string {
  return [...mix.kinds]
    .sort((a, b) => b.count - a.count)
    .map((k) => `${labels[k.kind]} ${percent(k.share)}`)
    .join(', ');
}

/** Every source object inside a record's data (`{ url, publisher, … }` at any depth), with its path. */
export function locateSources(
  value: unknown,
  path: Array<string | number> = [],
): Array<{ source: Source; path: Array<string | number> }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => locateSources(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.url === 'string' && typeof record.publisher === 'string')
    return [{ source: record as unknown as Source, path }];
  return Object.entries(record).flatMap(([k, v]) => locateSources(v, [...path, k]));
}
