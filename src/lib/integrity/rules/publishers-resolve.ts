import { locateSources, publisherIndex } from '../../source-mix.ts';
import type { Publisher } from '../../../schemas/types.ts';
import { at, type Rule } from '../record.ts';

/**
 * Every source's publisher is an entry of the publishers collection, by one of its names or relays, so the source
 * mix of every chapter and record can be stated; no name belongs to two publishers, and every publisher is named.
 */
export const publishersResolve: Rule = (records) => {
  const publishers = records
    .filter((r) => r.collection === 'publishers')
    .map((r) => ({ id: r.id, data: r.data as unknown as Publisher, record: r }));
  const owner = new Map<string, string>();
  const clashes = publishers.flatMap(({ id, data, record }) =>
    [...data.names, ...data.relays].flatMap((name) => {
      const first = owner.get(name);
      owner.set(name, first ?? id);
      return first && first !== id
        ? [at(record, ['names'], `"${name}" already names the publisher "${first}"; expected each name in one entry`)]
        : [];
    }),
  );
  const index = publisherIndex(publishers);
  const unresolved = records
    .filter((r) => r.collection !== 'publishers')
    .flatMap((record) =>
      locateSources(record.data)
        .filter(({ source }) => !index.has(source.publisher))
        .map(({ source, path }) =>
          at(
            record,
            [...path, 'publisher'],
            `"${source.publisher}" is not a publisher; expected a name or relay of a file in publishers/ (add one there, with its kind)`,
          ),
        ),
    );
  const named = new Set(
    records
      .filter((r) => r.collection !== 'publishers')
      .flatMap((r) => locateSources(r.data).map((s) => s.source.publisher)),
  );
  const unused = publishers
    .filter(({ data }) => ![...data.names, ...data.relays].some((name) => named.has(name)))
    .map(({ record }) =>
      at(record, ['names'], 'no source names this publisher; expected at least one, or remove the file'),
    );
  return [...clashes, ...unresolved, ...unused];
};
