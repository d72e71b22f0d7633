/** Holds each component use in a chapter to its spec in src/lib/mdx-components.ts. */
import { CHART_IDS } from '../charts/ids.ts';
import { isCalendarDate } from '../dates.ts';
import { CALLOUT_KINDS, MDX_COMPONENTS, type AttrKind } from '../mdx-components.ts';
import type { ComponentUse } from '../mdx-scan.ts';
import { sector } from '../../schemas/project.ts';

const SECTORS = sector.options;

export interface ChapterContext {
  /** The chapter's source keys. */
  sources: string[];
  /** Ids of the records components may point at, by collection. */
  ids: Record<string, Set<string>>;
}

/** What is wrong with one component use, as messages; empty when it is right. */
export function componentProblems({ name, attrs }: ComponentUse, context: ChapterContext): string[] {
  const spec = MDX_COMPONENTS[name];
  if (!spec) return [`unknown component <${name}>; expected one of ${Object.keys(MDX_COMPONENTS).join(', ')}`];
  const required = Object.entries(spec.required).flatMap(([attr, kind]) =>
    attrs[attr] === undefined
      ? [`<${name}> has no ${attr}; expected ${attr}="…" (${describe(kind)})`]
      : check(name, attr, attrs[attr]!, kind, context),
  );
  const optional = Object.entries(spec.optional ?? {}).flatMap(([attr, kind]) =>
    attrs[attr] === undefined ? [] : check(name, attr, attrs[attr]!, kind, context),
  );
  return [...required, ...optional];
}

function check(name: string, attr: string, value: string, kind: AttrKind, context: ChapterContext): string[] {
  const tag = `<${name} ${attr}="${value}">`;
  switch (kind) {
    case 'text':
      return value.trim() ? [] : [`${tag}: expected text`];
    case 'date':
      return isCalendarDate(value) ? [] : [`${tag}: expected a date written YYYY, YYYY-MM or YYYY-MM-DD`];
    case 'source':
      return context.sources.includes(value)
        ? []
        : [
            `${tag} names no source in the frontmatter; expected one of ${context.sources.join(', ') || '(none declared)'}`,
          ];
    case 'image':
      return /^\/[\w./-]+\.(?:jpe?g|png|webp|avif|svg)$/i.test(value)
        ? []
        : [`${tag}: expected a path in public/ such as "/images/aghali.jpg"`];
    case 'chart':
      return (CHART_IDS as readonly string[]).includes(value)
        ? []
        : [`${tag} is not a chart; expected one of ${CHART_IDS.join(', ')}`];
    case 'sector':
      return (SECTORS as readonly string[]).includes(value) ? [] : [`${tag}: expected one of ${SECTORS.join(', ')}`];
    case 'callout':
      return (CALLOUT_KINDS as readonly string[]).includes(value)
        ? []
        : [`${tag}: expected one of ${CALLOUT_KINDS.join(', ')}`];
    default:
      return context.ids[kind]?.has(value)
        ? []
        : [`${tag} is not a record in ${kind}; expected the id of a file in src/content/${kind}/`];
  }
}

function describe(kind: AttrKind): string {
  return kind === 'source'
    ? "a key of the chapter's sources"
    : kind === 'image'
      ? 'an image path'
      : kind === 'date'
        ? 'a date'
        : kind === 'text' || kind === 'callout' || kind === 'sector'
          ? kind
          : `a ${kind} id`;
}
