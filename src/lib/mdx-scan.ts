/**
 * Reads a chapter's MDX body with the same MDX parser Astro uses (mdx-parser.ts):
 * syntax errors with their line, and every JSX component with its string
 * attributes and line, so the check can name the line of a bad citation or
 * link, and the page can number citations in reading order.
 */
import { mdxToMdast } from './mdx-parser.ts';

export interface ComponentUse {
  /** Component name ("Cite"). */
  name: string;
  /** String attributes as written (`id="x"` → { id: 'x' }); expression attributes are left out. */
  attrs: Record<string, string>;
  /** 1-based line in the body. */
  line: number;
}

export class MdxSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start?: { line?: number } };
  children?: Node[];
}

/** Every JSX element in reading order (code blocks and inline code are text, not components). */
export function scanComponents(body: string): ComponentUse[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+): (.*)$/s.exec(message);
    throw new MdxSyntaxError(m ? Number(m[1]) : 1, (m ? m[3]! : message).replace(/\s*\(mdx-[\w:-]+\)$/, ''));
  }
  const uses: ComponentUse[] = [];
  const walk = (node: Node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name) {
      const attrs: Record<string, string> = {};
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') attrs[a.name] = a.value;
      }
      uses.push({ name: node.name, attrs, line: node.position?.start?.line ?? 1 });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return uses;
}
