/**
 * Finds the report's components in a chapter's MDX body, with line numbers,
 * so the check can name the line of a bad citation or link, and the page can
 * number citations in reading order.
 */

export interface ComponentUse {
  /** Component name ("Cite"). */
  name: string;
  /** String attributes as written (`id="x"` → { id: 'x' }). */
  attrs: Record<string, string>;
  /** 1-based line in the body. */
  line: number;
}

const TAG = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTR = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;

/** Every capitalised JSX tag outside code, in reading order. */
export function scanComponents(body: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const text = blankCode(body);
  for (const match of text.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of match[2]!.matchAll(ATTR)) attrs[a[1]!] = a[2] ?? a[3] ?? '';
    uses.push({ name: match[1]!, attrs, line: text.slice(0, match.index).split('\n').length });
  }
  return uses;
}

/** Note numbers by source key, in order of first citation: the first source cited is [1]. */
export function citationOrder(body: string): Map<string, number> {
  const order = new Map<string, number>();
  for (const use of scanComponents(body)) {
    if (use.name === 'Cite' && use.attrs.id && !order.has(use.attrs.id)) order.set(use.attrs.id, order.size + 1);
  }
  return order;
}

/** Replaces fenced and inline code with spaces, keeping line numbers. */
function blankCode(body: string): string {
  return body
    .replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}
