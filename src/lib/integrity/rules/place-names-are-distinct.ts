import { foldName } from '../../names.ts';
import { at, type Rule } from '../record.ts';
import type { Problem } from '../problem.ts';

/** No name of one place is a name of another: search and links would not know which is meant. */
export const placeNamesAreDistinct: Rule = (records) => {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const record of records.filter((r) => r.collection === 'places')) {
    const names = [record.data.name as string, ...(record.data.altNames as Array<{ name: string }>).map((a) => a.name)];
    names.forEach((name, i) => {
      const key = foldName(name);
      const other = owner.get(key);
      if (other && other !== record.id) {
        const field = i === 0 ? ['name'] : ['altNames', i - 1, 'name'];
        problems.push(
          at(record, field, `"${name}" is also a name of place "${other}"; expected names unique across places`),
        );
      } else owner.set(key, record.id);
    });
  }
  return problems;
};
