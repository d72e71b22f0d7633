/** TEMPORARY: English stand-in until the translation lands. */
import type { Dictionary } from '../dictionary.ts';
import { en } from './en.ts';

export const az: Dictionary = { ...en };
