/**
 * Rules across fields and records that a schema cannot express. Each rule
 * takes the parsed records and returns problems; see checkContent for order.
 */
import { endOf, isAfter, precisionOf } from '../dates.ts';
import { MdxSyntaxError, scanComponents, type ComponentUse } from '../mdx-scan.ts';
import { citedKeys } from '../mdx-components.ts';
import { componentProblems } from './chapter-components.ts';
import { foldName } from '../names.ts';
import { fieldPath, type Problem } from './problem.ts';
import { findRefs, type Ref } from './references.ts';

/** A record that passed its schema. */
export interface CheckedRecord {
  collection: string;
  id: string;
  file: string;
  /** Parsed data; references are `Ref` objects. */
  data: Record<string, unknown>;
  /** The MDX body of a chapter. */
  body?: string;
  /** Lines before the body (the frontmatter), so body lines map to file lines. */
  bodyLine?: number;
  /** The file as written, for rules that point at a line. */
  text: string;
}

type Rule = (records: CheckedRecord[], today: string) => Problem[];

const at = (record: CheckedRecord, path: PropertyKey[], message: string): Problem => ({
  file: record.file,
  field: fieldPath(path),
  message,
});

/** Every reference points at a record that exists, and never at the record itself. */
export const referencesResolve: Rule = (records) => {
  const ids = new Map<string, Set<string>>();
  for (const r of records) {
    if (!ids.has(r.collection)) ids.set(r.collection, new Set());
    ids.get(r.collection)!.add(r.id);
  }
  return records.flatMap((record) =>
    findRefs(record.data).flatMap(({ path, ref }: { path: PropertyKey[]; ref: Ref }) => {
      if (ref.collection === record.collection && ref.id === record.id) {
        return [at(record, path, `refers to itself ("${ref.id}"); expected another ${ref.collection} record`)];
      }
      if (ids.get(ref.collection)?.has(ref.id)) return [];
      return [
        at(
          record,
          path,
          `"${ref.id}" is not a record in ${ref.collection}; expected the id of a file in src/content/${ref.collection}/`,
        ),
      ];
    }),
  );
};

const DATED_FIELDS = new Set(['date', 'published', 'asOf', 'statusAsOf', 'promisedOn', 'outcomeAsOf', 'updated']);

/** Dates of things that happened cannot be after the build date (targets may be). */
export const noFutureDates: Rule = (records, today) =>
  records.flatMap((record) =>
    walkStrings(record.data).flatMap(({ path, value }) => {
      const key = path.at(-1);
      if (typeof key !== 'string' || !DATED_FIELDS.has(key) || !isAfter(value, today)) return [];
      return [at(record, path, `${value} is after the build date ${today}; expected a date that has passed`)];
    }),
  );

/** A `precision` field agrees with how its date is written ("2021-03" is month precision). */
export const precisionMatchesDate: Rule = (records) =>
  records.flatMap((record) => {
    const entries: Array<{ path: PropertyKey[]; date: unknown; precision: unknown }> = [];
    if (record.collection === 'events')
      entries.push({ path: [], date: record.data.date, precision: record.data.precision });
    if (record.collection === 'places') {
      (record.data.controlHistory as Array<Record<string, unknown>>).forEach((c, i) =>
        entries.push({ path: ['controlHistory', i], date: c.date, precision: c.precision }),
      );
    }
    return entries.flatMap(({ path, date, precision }) => {
      const written = precisionOf(String(date));
      if (written === precision) return [];
      return [
        at(
          record,
          [...path, 'precision'],
          `is "${String(precision)}" but the date ${String(date)} is written with ${written} precision; expected them to agree`,
        ),
      ];
    });
  });

interface MilestoneData {
  date: string;
  marks?: string;
}

/** A completed or operational project has a dated milestone that says so, no later than its as-of date. */
export const statusHasMilestone: Rule = (records) =>
  records
    .filter((r) => r.collection === 'projects')
    .flatMap((record) => {
      const { status, statusAsOf } = record.data as { status: string; statusAsOf: string };
      if (status !== 'completed' && status !== 'operational') return [];
      const milestones = record.data.milestones as MilestoneData[];
      const marking = milestones.findIndex((m) => m.marks === 'completed' || m.marks === 'operational');
      if (marking === -1) {
        return [
          at(
            record,
            ['status'],
            `is "${status}" but no milestone marks it; expected a dated, sourced milestone with "marks": "completed" or "operational"`,
          ),
        ];
      }
      const milestone = milestones[marking]!;
      if (isAfter(milestone.date, endOf(statusAsOf))) {
        return [
          at(
            record,
            ['statusAsOf'],
            `${statusAsOf} is earlier than milestone ${marking} (${milestone.date}) that marks the status; expected statusAsOf on or after it`,
          ),
        ];
      }
      return [];
    });

/** An assessed commitment rests on evidence; "pending" is only for deadlines still ahead. */
export const commitmentOutcomeHasEvidence: Rule = (records) =>
  records
    .filter((r) => r.collection === 'commitments')
    .flatMap((record) => {
      const { outcome, target, evidence, outcomeAsOf } = record.data as {
        outcome: string;
        target?: string;
        evidence: unknown[];
        outcomeAsOf: string;
      };
      const problems: Problem[] = [];
      if (outcome !== 'pending' && outcome !== 'unclear' && evidence.length === 0) {
        problems.push(
          at(record, ['evidence'], `is empty but the outcome is "${outcome}"; expected dated, sourced evidence`),
        );
      }
      if (outcome === 'pending' && target && endOf(target) < outcomeAsOf) {
        problems.push(
          at(
            record,
            ['outcome'],
            `is "pending" but the target ${target} passed before the assessment (${outcomeAsOf}); expected met, met-late, partly-met, not-met or unclear`,
          ),
        );
      }
      return problems;
    });

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
      const cited = new Set(uses.flatMap(citedKeys));
      const unused = sources.filter((key) => !cited.has(key));
      return [
        ...problems,
        ...unused.map((key) =>
          at(record, ['sources', key], 'is never cited; expected a <Cite id="…"> in the text, or remove it'),
        ),
      ];
    });
};

/** A correction names records that exist. */
export const correctionsNameRecords: Rule = (records) => {
  const known = new Set(records.map((r) => `${r.collection}/${r.id}`));
  return records
    .filter((r) => r.collection === 'corrections')
    .flatMap((record) =>
      (record.data.records as string[]).flatMap((path, i) =>
        known.has(path)
          ? []
          : [
              at(
                record,
                ['records', i],
                `"${path}" is not a record; expected "collection/id" of a file in src/content/`,
              ),
            ],
      ),
    );
};

export const rules: Rule[] = [
  correctionsNameRecords,
  chapterComponentsResolve,
  referencesResolve,
  noFutureDates,
  precisionMatchesDate,
  statusHasMilestone,
  commitmentOutcomeHasEvidence,
  chaptersAreUnique,
  placeNamesAreDistinct,
];

function walkStrings(value: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; value: string }> {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => walkStrings(item, [...path, i]));
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.entries(value).flatMap(([key, item]) => walkStrings(item, [...path, key]));
  }
  return [];
}
