/** Words for the data's enum values in an edition: `labelsOf(t).status.completed`. */
import { eventCategory } from '../../schemas/event.ts';
import { outcome } from '../../schemas/commitment.ts';
import { altNameKind } from '../../schemas/place.ts';
import { projectStatus, sector } from '../../schemas/project.ts';
import { PUBLISHER_KINDS } from '../../schemas/publisher.ts';
import type { MessageKey, Translate } from './dictionary.ts';

const map = <V extends string>(t: Translate, prefix: string, values: readonly V[]) =>
  Object.fromEntries(values.map((v) => [v, t(`${prefix}.${v}` as MessageKey)])) as Record<V, string>;

export function labelsOf(t: Translate) {
  return {
    status: map(t, 'status', projectStatus.options),
    sector: map(t, 'sector', sector.options),
    category: map(t, 'category', eventCategory.options),
    outcome: map(t, 'outcome', outcome.options),
    altName: map(t, 'altName', altNameKind.options),
    publisherKind: map(t, 'publisherKind', PUBLISHER_KINDS),
  };
}
export type Labels = ReturnType<typeof labelsOf>;
