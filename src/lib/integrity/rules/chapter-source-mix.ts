import { publisherIndex, sourceMix, STATE_SHARE_LIMIT } from '../../source-mix.ts';
import type { Publisher, Source } from '../../../schemas/types.ts';
import { at, type Rule } from '../record.ts';

/** No chapter rests more than 60% on state and state-aligned sources unless it says why (`sourceMixNote`). */
export const chapterSourceMix: Rule = (records) => {
  const index = publisherIndex(
    records
      .filter((r) => r.collection === 'publishers')
      .map((r) => ({ id: r.id, data: r.data as unknown as Publisher })),
  );
  return records
    .filter((r) => r.collection === 'articles' && !r.data.sourceMixNote)
    .flatMap((record) => {
      const mix = sourceMix(Object.values(record.data.sources as Record<string, Source>), index);
      if (mix.unknown.length > 0 || mix.stateShare <= STATE_SHARE_LIMIT) return [];
      return [
        at(
          record,
          ['sources'],
          `rest ${Math.round(mix.stateShare * 100)}% on state bodies and state-aligned media, above the policy's ${STATE_SHARE_LIMIT * 100}%; expected other sources, or a sourceMixNote saying why`,
        ),
      ];
    });
};
