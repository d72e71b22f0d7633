/**
 * The editorial policy's neutral voice (../shared/EDITORIAL.md), held by the
 * content check: a loaded term in a record's or a chapter's own words, outside
 * a quotation or an attributed sentence, is a problem on its line, so editors
 * see it in `npm run dev`, `npm run check` and the build, not only in a test.
 */
import { chapterVoice, recordVoice, voiceProblems } from '../../editorial/voice.ts';
import type { Rule } from '../record.ts';

export const neutralVoice: Rule = (records) =>
  records.flatMap((record) => {
    const parts = record.collection === 'articles' ? chapterVoice(record.text) : recordVoice(record.text);
    return parts.flatMap((part) =>
      voiceProblems(part.text, { title: part.title }).map((p) => ({
        file: record.file,
        field: `line ${part.line + p.line - 1}`,
        message: `"${p.term}" in the report's own voice; quote it, attribute it ("the ministry calls it …") or describe it neutrally`,
      })),
    );
  });
