/** TEMPORARY pseudo-translation to find hard-coded English. */
import type { Dictionary } from '../dictionary.ts';
import { en } from './en.ts';

const wrap = (m: string) => `⟦${m}⟧`;
export const az: Dictionary = Object.fromEntries(
  Object.entries(en).map(([k, v]) => [
    k,
    typeof v === 'string' ? wrap(v) : Object.fromEntries(Object.entries(v).map(([c, m]) => [c, wrap(m)])),
  ]),
) as Dictionary;
