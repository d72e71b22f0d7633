import { at, type Rule } from '../record.ts';

/** Chapters have distinct numbers, so the table of contents has one order; each clash is reported on every file in it. */
export const chaptersAreUnique: Rule = (records) => {
  const chapters = records.filter((r) => r.collection === 'articles');
  return chapters.flatMap((record) => {
    const others = chapters.filter((r) => r !== record && r.data.chapter === record.data.chapter).map((r) => r.file);
    if (others.length === 0) return [];
    return [
      at(
        record,
        ['chapter'],
        `${String(record.data.chapter)} is already used by ${others.join(', ')}; expected a unique chapter number`,
      ),
    ];
  });
};
