/** The report as src/lib sees it, loaded from a content folder without Astro (for unit tests). */
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { checkContent } from '../../src/lib/integrity/index.ts';
import { Ref } from '../../src/lib/integrity/references.ts';
import type { Report } from '../../src/lib/report.ts';

export function loadReportFrom(dir: string): Report {
  const { problems, records } = checkContent(readContentFiles(process.cwd(), dir), '2100-01-01');
  if (problems.length > 0) throw new Error(`${dir} has problems: ${problems.length}`);
  const plain = (value: unknown): unknown =>
    value instanceof Ref
      ? { collection: value.collection, id: value.id }
      : Array.isArray(value)
        ? value.map(plain)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
          : value;
  const report = {
    places: [],
    events: [],
    projects: [],
    commitments: [],
    series: [],
    articles: [],
    corrections: [],
  } as unknown as Record<string, unknown[]>;
  for (const r of records) report[r.collection]!.push({ id: r.id, data: plain(r.data) });
  return report as unknown as Report;
}
