/** Turns Zod issues into problems an editor can act on. */
import type { z } from 'astro/zod';
import { describeValue, fieldPath, type Problem } from './problem.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** "expected one of announced, completed; got "finished"" and similar, per issue. */
export function issueMessage(issue: Issue): string {
  const got = `got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing; expected ${article(issue.expected)}`
        : `expected ${article(issue.expected)}, ${got}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.join(', ')}`}, ${got}`;
    case 'too_small':
      if (issue.origin === 'array')
        return issue.message.startsWith('expected')
          ? issue.message
          : `expected at least ${issue.minimum} item(s), got ${describeValue(issue.input)}`;
      if (issue.origin === 'string')
        return issue.message.startsWith('expected') ? issue.message : `expected text, ${got}`;
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, ${got}`;
    case 'too_big':
      return issue.message.startsWith('expected')
        ? `${issue.message}, ${got}`
        : `expected at most ${issue.maximum}, ${got}`;
    case 'invalid_union':
      return `expected a number or text, ${got}`;
    case 'invalid_format':
      return issue.message.startsWith('expected') ? `${issue.message}, ${got}` : `expected ${issue.format}, ${got}`;
    default:
      return issue.message.startsWith('expected') ? `${issue.message}, ${got}` : `${issue.message} (${got})`;
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  };
  return names[type] ?? type;
}

/** One problem per Zod issue, located in `file`. */
export function issuesToProblems(file: string, issues: ReadonlyArray<Issue>): Problem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          file,
          field: fieldPath([...issue.path, key]),
          message: 'unexpected field; check its spelling against the schema in src/schemas',
        }))
      : [{ file, field: fieldPath(issue.path), message: issueMessage(issue) }],
  );
}
