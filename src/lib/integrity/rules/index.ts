/**
 * The content check's rules across fields and records: what a schema cannot
 * express, one file each, run in this order once every file has passed its schema.
 */
import { correctionsNameRecords } from './corrections-name-records.ts';
import { chapterComponentsResolve } from './chapter-components-resolve.ts';
import { referencesResolve } from './references-resolve.ts';
import { noFutureDates } from './no-future-dates.ts';
import { chaptersAreUnique } from './chapters-are-unique.ts';
import { placeNamesAreDistinct } from './place-names-are-distinct.ts';
import { neutralVoice } from './neutral-voice.ts';
import { publishersResolve } from './publishers-resolve.ts';
import { chapterSourceMix } from './chapter-source-mix.ts';
import type { Rule } from '../record.ts';

export const rules: Rule[] = [
  correctionsNameRecords,
  chapterComponentsResolve,
  referencesResolve,
  noFutureDates,
  chaptersAreUnique,
  placeNamesAreDistinct,
  neutralVoice,
  publishersResolve,
  chapterSourceMix,
];
