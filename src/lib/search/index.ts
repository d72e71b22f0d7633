/** Search metadata for the whole report: what the index builder and the search page read. */
import type { Report } from '../report.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import { chapterRecord } from './chapter-documents.ts';
import { searchRecords } from './records.ts';
import type { SearchRecord } from './types.ts';

export { chapterDocument, chapterRecord, CHAPTER_EXCLUDES } from './chapter-documents.ts';
export { searchFacets, type Facet, type FacetOption } from './facets.ts';
export { searchRecords } from './records.ts';
export * from './types.ts';

/** Every record the index holds, chapters first, in the speaker's edition; chapters' body text is added from their pages. */
export function reportRecords(
  report: Report,
  s: Speaker = speakerOf('en'),
): { chapters: SearchRecord[]; records: SearchRecord[] } {
  return { chapters: report.articles.map((a) => chapterRecord(a, report, s)), records: searchRecords(report, s) };
}
