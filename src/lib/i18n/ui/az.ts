/** The interface in Azerbaijani (machine-assisted; keys as in en.ts). */
import type { Dictionary } from '../dictionary.ts';

export const az: Dictionary = {
};
