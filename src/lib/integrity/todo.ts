/** TODO markers left by `npm run new`: a record with one is not finished and cannot be published. */
import { fieldPath, type Problem } from './problem.ts';

export const TODO_MESSAGE = 'still a TODO placeholder';
const TODO = /\bTODO\b/;

/** One problem per field (and per chapter line) that still holds a TODO marker. */
export function todoProblems(file: string, data: unknown, body: string | undefined, text: string): Problem[] {
  const fields = walk(data).map((path) => ({ file, field: fieldPath(path), message: `${TODO_MESSAGE}; fill it in` }));
  if (body === undefined) return fields;
  const offset = text.slice(0, text.length - body.length).split('\n').length - 1;
  const lines = body
    .split('\n')
    .flatMap((line, i) =>
      TODO.test(line)
        ? [{ file, field: `line ${i + 1 + offset}`, message: `${TODO_MESSAGE} in the text; write it` }]
        : [],
    );
  return [...fields, ...lines];
}

function walk(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return TODO.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => walk(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => walk(v, [...path, k]));
  return [];
}
