import { aboveCeiling, percent, publisherIndex, sourceMix, STATE_LABEL, STATE_SHARE_LIMIT } from '../../source-mix.ts';
import type { Source } from '../../../schemas/types.ts';
import { at, publishersOf, type Rule } from '../record.ts';

/**
 * No chapter rests more than 60% on state and state-aligned sources unless it says why (`sourceMixNote`), and no
 * chapter within the ceiling keeps a note saying why it is above it.
 */
export const chapterSourceMix: Rule = (records) => {
  const index = publisherIndex(publishersOf(records));
  return records
    .filter((r) => r.collection === 'articles')
    .flatMap((record) => {
      const mix = sourceMix(Object.values(record.data.sources as Record<string, Source>), index);
      const share = percent(mix.stateShare);
      if (mix.unknown.length > 0) return [];
      if (aboveCeiling(mix) && !record.data.sourceMixNote)
        return [
          at(
            record,
            ['sources'],
            `rest ${share} on ${STATE_LABEL}, above the policy's ${percent(STATE_SHARE_LIMIT)}; expected other sources, or a sourceMixNote saying why`,
          ),
        ];
      // a note that no longer applies would tell readers the chapter is above the ceiling when it is not
      if (!aboveCeiling(mix) && record.data.sourceMixNote)
        return [
          at(
            record,
            ['sourceMixNote'],
            `is not needed: ${share} of the sources are ${STATE_LABEL}, within the policy's ${percent(STATE_SHARE_LIMIT)}; remove it`,
          ),
        ];
      return [];
    });
};
