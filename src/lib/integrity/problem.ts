/** One problem found in the content: which file, which field, what was expected. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Dotted path of the field ("milestones[2].sources[0].url"); empty for the whole file. */
  field: string;
  /** What was expected and what was found, one sentence. */
  message: string;
}

/** The one line an editor reads: `file: field: message`. */
export function formatProblem({ file, field, message }: Problem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** "milestones[2].sources[0].url" from ["milestones", 2, "sources", 0, "url"]. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** A short, quoted rendering of a bad value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Problems sorted by file, then field, so output is stable and grouped. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
}
