/** Which chapters show which chart, from the `<Chart id="…" />` tags in their text. */
import { scanComponents } from '../mdx-scan.ts';

export interface ChapterUse {
  id: string;
  title: string;
}

/** Chart id → the chapters that show it, in chapter order. */
export function chartUses(
  articles: Array<{ id: string; body?: string; data: { title: string; chapter: number } }>,
): Map<string, ChapterUse[]> {
  const uses = new Map<string, ChapterUse[]>();
  for (const article of [...articles].sort((a, b) => a.data.chapter - b.data.chapter)) {
    const ids = new Set(
      scanComponents(article.body ?? '')
        .filter((u) => u.name === 'Chart' && u.attrs.id)
        .map((u) => u.attrs.id!),
    );
    for (const id of ids) uses.set(id, [...(uses.get(id) ?? []), { id: article.id, title: article.data.title }]);
  }
  return uses;
}
