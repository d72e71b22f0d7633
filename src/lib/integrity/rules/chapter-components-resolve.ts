import { MdxSyntaxError, scanComponents, type ComponentUse } from '../../mdx-scan.ts';
import { citedKeys } from '../../mdx-components.ts';
import { componentProblems } from '../chapter-components.ts';
import { at, type Rule } from '../record.ts';

/** A chapter parses, uses only the report's components, cites only its own sources, and links only to records that exist. */
export const chapterComponentsResolve: Rule = (records) => {
  const ids = Object.fromEntries(
    ['places', 'projects', 'events', 'commitments'].map((c) => [
      c,
      new Set(records.filter((r) => r.collection === c).map((r) => r.id)),
    ]),
  );
  return records
    .filter((r) => r.collection === 'articles' && r.body !== undefined)
    .flatMap((record) => {
      const sources = Object.keys(record.data.sources as Record<string, unknown>);
      const line = (n: number) => `line ${n + record.bodyLine!}`;
      let uses: ComponentUse[];
      try {
        uses = scanComponents(record.body!);
      } catch (error) {
        if (!(error instanceof MdxSyntaxError)) throw error;
        return [{ file: record.file, field: line(error.line), message: `MDX syntax error: ${error.message}` }];
      }
      const problems = uses.flatMap((use) =>
        componentProblems(use, { sources, ids }).map((message) => ({
          file: record.file,
          field: line(use.line),
          message,
        })),
      );
      const findings = (record.data.findings as Array<{ sources: string[] }> | undefined) ?? [];
      const cited = new Set([...uses.flatMap(citedKeys), ...findings.flatMap((f) => f.sources)]);
      const unused = sources.filter((key) => !cited.has(key));
      return [
        ...problems,
        ...unused.map((key) =>
          at(record, ['sources', key], 'is never cited; expected a <Cite id="…"> in the text, or remove it'),
        ),
      ];
    });
};
