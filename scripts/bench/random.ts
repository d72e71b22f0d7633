/**
 * Seeded randomness for the synthetic content: the same seed gives the same
 * report, so two benchmark runs build the same pages.
 */

export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items (or all of them when there are fewer). */
  some: <T>(items: readonly T[], count: number) => T[];
  /** True with probability `p`. */
  chance: (p: number) => boolean;
  /** One key, drawn by weight. */
  weighted: <K extends string>(weights: Record<K, number>) => K;
}

/** mulberry32: small, fast and good enough for filler content. */
export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return {
    next,
    int,
    pick,
    some: (items, count) => {
      const chosen = new Set<number>();
      const wanted = Math.min(count, items.length);
      while (chosen.size < wanted) chosen.add(Math.floor(next() * items.length));
      return [...chosen].map((i) => items[i]!);
    },
    chance: (p) => next() < p,
    weighted: (weights) => {
      const entries = Object.entries(weights) as Array<[keyof typeof weights, number]>;
      let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries.at(-1)![0];
    },
  };
}

/** Zero-padded numbers keep ids in order: synthetic-place-00042. */
export const pad = (n: number, width = 5) => String(n).padStart(width, '0');

const FIRST_DAY = Date.UTC(2020, 8, 27);
const LAST_DAY = Date.UTC(2025, 11, 31);

/** A day between the start of the 2020 war and the end of 2025, as YYYY-MM-DD. */
export function day(r: Random, from: number | string = FIRST_DAY): string {
  const start = typeof from === 'string' ? Date.parse(from) : from;
  return new Date(start + r.next() * (LAST_DAY - start)).toISOString().slice(0, 10);
}

/** The same day written as precisely as a synthetic source would give it. */
export function partial(date: string, precision: 'day' | 'month' | 'year'): string {
  return precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

// Two-letter syllables decode uniquely, so every index gets a distinct name.
const CONSONANTS = 'bdgklmnrst';
const VOWELS = 'aeiou';
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const CYRILLIC: Record<string, string> = {
  b: 'б',
  d: 'д',
  g: 'г',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  r: 'р',
  s: 'с',
  t: 'т',
};
const CYRILLIC_VOWELS: Record<string, string> = { a: 'а', e: 'е', i: 'и', o: 'о', u: 'у' };

/** A made-up, pronounceable, unique word for index `i` ("Dakelu"). */
export function coined(i: number): string {
  let rest = i;
  let word = '';
  for (let k = 0; k < 3 || rest > 0; k++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word[0]!.toUpperCase() + word.slice(1);
}

/** The coined word in Cyrillic letters, one for one. */
export function cyrillic(word: string): string {
  const letters = [...word.toLowerCase()].map((c) => CYRILLIC[c] ?? CYRILLIC_VOWELS[c] ?? c).join('');
  return letters[0]!.toUpperCase() + letters.slice(1);
}

// Plain words about building things: enough variety for a realistic search index.
const WORDS = (
  'road bridge village school hospital station airport tunnel railway power line water pipe plant field ' +
  'district town report contract budget works stage phase design survey tender builder ministry agency ' +
  'families homes return residents clearance mines hectares kilometres capacity megawatts cost plan ' +
  'schedule delay opening ceremony inspection official statement source figure estimate record review ' +
  'section block street square park market farm orchard vineyard canal reservoir dam substation grid ' +
  'cable fibre network depot terminal runway apron hangar platform junction interchange lane shoulder ' +
  'asphalt concrete steel stone brick timber roof wall floor window door heating cooling lighting ' +
  'monitoring camera sensor meter pump valve tank filter treatment sewage drainage flood slope soil ' +
  'quarry gravel sand cement crane truck worker engineer architect surveyor manager inspector auditor'
).split(' ');

/** One sentence of neutral filler, optionally naming something. */
export function sentence(r: Random, name?: string): string {
  const words = Array.from({ length: r.int(7, 15) }, () => r.pick(WORDS));
  if (name) words.splice(r.int(1, words.length - 1), 0, name);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function sentences(r: Random, count: number, name?: string): string {
  return Array.from({ length: count }, (_, i) => sentence(r, i === 0 ? name : undefined)).join(' ');
}
