/**
 * Every name a place is known by, with a plain-Latin form where the name has
 * letters Pagefind does not fold itself (ə, ı): so "Cebrayil" finds Cəbrayıl.
 */
import { foldName } from '../names.ts';
import type { Entry } from '../report.ts';
import type { Place } from '../../schemas/types.ts';

/** The folded form of a name, capitalised like a name, when it differs from the name. */
export function plainForm(name: string): string | undefined {
  const folded = foldName(name);
  if (folded === name.toLowerCase().replace(/\s+/g, ' ').trim()) return undefined;
  return folded.replace(/(^|[\s(-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A place's names, main name first, each followed by its plain form when it has one; no repeats. */
export function placeNames(place: Place): string[] {
  const names = [place.name, ...place.altNames.map((n) => n.name)];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names.flatMap((n) => [n, plainForm(n)])) {
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/** "Jabrayil (also Cəbrayıl, Cebrayil, Jebrail …)": a place as records tied to it are indexed. */
export function placeWithNames(place: Place): string {
  const [main, ...others] = placeNames(place);
  return others.length > 0 ? `${main} (also ${others.join(', ')})` : main!;
}

/** Looks places up by id, for the records that refer to them. */
export function placeIndex(places: Entry<Place>[]): Map<string, Place> {
  return new Map(places.map((p) => [p.id, p.data]));
}

/**
 * Every name of the places a record refers to, space-separated: stored as the
 * record's `places` meta, which Pagefind searches, so "Gabriel" finds what
 * happened in Jabrayil without the names crowding the excerpt.
 */
export function placeAliases(refs: Array<{ id: string }>, places: Map<string, Place>): string {
  const known = refs.map((r) => places.get(r.id)).filter((p): p is Place => Boolean(p));
  return [...new Set(known.flatMap(placeNames))].join(' ');
}
