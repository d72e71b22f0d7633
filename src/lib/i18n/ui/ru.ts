/** The interface in Russian (machine-assisted; keys as in en.ts). */
import type { Dictionary } from '../dictionary.ts';

export const ru: Dictionary = {
};
