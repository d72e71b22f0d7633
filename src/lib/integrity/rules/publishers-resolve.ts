import { locateSources, publisherIndex } from '../../source-mix.ts';
import { at, publishersOf, type Rule } from '../record.ts';

/**
 * Every source's publisher is an entry of the publishers collection, by one of its names or relays, so the source
 * mix of every chapter and record can be stated; no name belongs to two publishers, and every publisher is named.
 */
export const publishersResolve: Rule = (records) => {
  const publishers = publishersOf(records);
  const owners = new Map<string, string[]>();
  for (const { id, data } of publishers)
    for (const name of new Set([...data.names, ...data.relays])) owners.set(name, [...(owners.get(name) ?? []), id]);
  // each clash is reported on every file in it, as clashing chapter numbers are
  const clashes = publishers.flatMap(({ id, data, record }) =>
    [...new Set([...data.names, ...data.relays])].flatMap((name) => {
      const others = owners.get(name)!.filter((o) => o !== id);
      return others.length > 0
        ? [
            at(
              record,
              ['names'],
              `"${name}" also names the publisher "${others.join('", "')}"; expected each name in one file`,
            ),
          ]
        : [];
    }),
  );
  const index = publisherIndex(publishers);
  // every source of every other record, found once
  const cited = records
    .filter((r) => r.collection !== 'publishers')
    .flatMap((record) => locateSources(record.data).map((found) => ({ record, ...found })));
  const unresolved = cited
    .filter(({ source }) => !index.has(source.publisher))
    .map(({ record, source, path }) =>
      at(
        record,
        [...path, 'publisher'],
        `"${source.publisher}" is not a publisher; expected a name or relay of a file in publishers/ (add one there, with its kind)`,
      ),
    );
  const named = new Set(cited.map(({ source }) => source.publisher));
  const unused = publishers
    .filter(({ data }) => ![...data.names, ...data.relays].some((name) => named.has(name)))
    .map(({ record }) =>
      at(record, ['names'], 'no source names this publisher; expected at least one, or remove the file'),
    );
  return [...clashes, ...unresolved, ...unused];
};
