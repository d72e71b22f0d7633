/** Reads the data out of a content file: a JSON record, or an MDX chapter's frontmatter. */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from './problem.ts';

/** A content file as read from disk. */
export interface ContentFile {
  /** Collection folder it lives in ("projects"). */
  collection: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Raw text. */
  text: string;
}

export type Parsed = { data: unknown; body?: string } | { problem: Problem };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function parseContentFile({ file, text }: ContentFile): Parsed {
  const fail = (message: string): Parsed => ({ problem: { file, field: '', message } });
  if (text.charCodeAt(0) === 0xfeff) return fail('starts with a byte-order mark; save it as UTF-8 without BOM');
  if (text.trim() === '') return fail('is empty; expected a record');
  if (file.endsWith('.json')) return parseJson(text, fail);
  if (file.endsWith('.mdx') || file.endsWith('.md')) {
    const match = FRONTMATTER.exec(text);
    if (!match)
      return fail('has no frontmatter; expected it to start with a --- block of title, description and dates');
    try {
      return { data: parseYaml(match[1]!) ?? {}, body: text.slice(match[0].length) };
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
      return fail(`frontmatter is not valid YAML${where}: ${firstLine(error)}`);
    }
  }
  return fail('has an unexpected extension; expected .json for records or .mdx for chapters');
}

function parseJson(text: string, fail: (message: string) => Parsed): Parsed {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return fail('expected one JSON object per file ({ ... })');
    }
    return { data };
  } catch (error) {
    return fail(`is not valid JSON${jsonErrorPosition(text, error)}: ${firstLine(error)}`);
  }
}

/** " at line 3, column 14" from V8's "... at position 41 (line 3 column 14)". */
function jsonErrorPosition(text: string, error: unknown): string {
  const message = String(error instanceof Error ? error.message : error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return ` at line ${lineCol[1]}, column ${lineCol[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')[0]!
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/ at position \d+.*$/, '');
}
