/**
 * Pagefind's excerpts are text with `<mark>` around matches, `<` and `>`
 * escaped. Split into parts, they render as text nodes and <mark> elements,
 * with no HTML parsing of indexed text.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((piece) => {
    if (!piece) return;
    const marked = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    parts.push({ text: decode(marked ? piece.slice(6, -7) : piece), marked });
  });
  return parts;
}
