/** The interface in Armenian (machine-assisted; keys as in en.ts). */
import type { Dictionary } from '../dictionary.ts';

export const hy: Dictionary = {
};
