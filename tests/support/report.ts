/** The report as src/lib sees it, loaded from a content folder without Astro (for unit tests). */
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { checkContent } from '../../src/lib/integrity/index.ts';
import { reportFromCheck } from '../../src/lib/report-from-check.ts';
import type { Report } from '../../src/lib/report.ts';

export function loadReportFrom(dir: string): Report {
  const { problems, records } = checkContent(readContentFiles(process.cwd(), dir), '2100-01-01');
  if (problems.length > 0) throw new Error(`${dir} has problems: ${problems.length}`);
  return reportFromCheck(records);
}
