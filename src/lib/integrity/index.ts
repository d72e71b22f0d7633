/**
 * The content check: every file parsed, validated against its schema, and held
 * to the cross-record rules. Pure: files in, problems out. Run before every
 * build by src/integrations/integrity.ts and alone by `npm run check`.
 */
import { buildSchemas, collectionFormat } from '../../schemas/index.ts';
import { collectionNames, type CollectionName } from '../../schemas/common.ts';
import { ID_PATTERN } from '../urls.ts';
import { parseContentFile, type ContentFile } from './parse.ts';
import { sortProblems, type Problem } from './problem.ts';
import { checkReference } from './references.ts';
import type { CheckedRecord } from './record.ts';
import { rules } from './rules/index.ts';
import { checkTranslations, translationName } from './translations.ts';
import { TODO_MESSAGE, todoProblems } from './todo.ts';
import { issuesToProblems } from './zod-issues.ts';

export type { ContentFile, Problem, CheckedRecord };
export { formatProblem } from './problem.ts';

const schemas = buildSchemas(checkReference);

/** The record id a file gets: its name without extension (Astro's glob loader does the same). */
export function idOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

export function checkContent(files: ContentFile[], today: string): { problems: Problem[]; records: CheckedRecord[] } {
  const problems: Problem[] = [];
  const records: CheckedRecord[] = [];
  const seen = new Map<string, string>();
  const translationFiles: ContentFile[] = [];

  for (const file of files) {
    if (!isCollection(file.collection)) {
      problems.push({
        file: file.file,
        field: '',
        message: `is in an unknown folder "${file.collection}"; expected one of ${collectionNames.join(', ')}`,
      });
      continue;
    }
    const expected = collectionFormat[file.collection];
    if (!file.file.endsWith(`.${expected}`)) {
      problems.push({ file: file.file, field: '', message: `expected a .${expected} file in ${file.collection}` });
      continue;
    }
    if (translationName(file.file)) {
      translationFiles.push(file);
      continue;
    }
    const id = idOf(file.file);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file: file.file,
        field: '',
        message: `file name "${id}" is not a valid id; expected lowercase words joined by hyphens, e.g. "aghali-smart-village"`,
      });
      continue;
    }
    const key = `${file.collection}/${id}`;
    const duplicate = seen.get(key);
    if (duplicate) {
      problems.push({
        file: file.file,
        field: '',
        message: `duplicate id "${id}": ${duplicate} has it too; expected one file per id`,
      });
      continue;
    }
    seen.set(key, file.file);

    const parsed = parseContentFile(file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const result = schemas[file.collection].safeParse(parsed.data, { reportInput: true });
    const todos = todoProblems(file.file, parsed.data, parsed.body, file.text);
    const issues = result.success ? [] : issuesToProblems(file.file, result.error.issues);
    const todoFields = new Set(todos.map((t) => t.field));
    problems.push(
      ...issues.map((p) => (todoFields.has(p.field) ? { ...p, message: `${TODO_MESSAGE}; ${p.message}` } : p)),
      ...todos.filter((t) => !issues.some((p) => p.field === t.field)),
    );
    if (!result.success || todos.length > 0) continue;
    records.push({
      collection: file.collection,
      id,
      file: file.file,
      text: file.text,
      data: result.data as Record<string, unknown>,
      body: parsed.body,
      bodyLine:
        parsed.body === undefined
          ? undefined
          : file.text.slice(0, file.text.length - parsed.body.length).split('\n').length - 1,
    });
  }

  for (const rule of rules) problems.push(...rule(records, today));
  const translated = checkTranslations(translationFiles, records);
  problems.push(...translated.problems);
  return { problems: sortProblems(problems), records: [...records, ...translated.translations] };
}

function isCollection(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}
