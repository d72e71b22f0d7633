/**
 * Where a build's time goes, from the moments Astro's log lines arrived:
 * start-up (with the report's content check), content sync, bundling,
 * rendering, the `astro:build:done` hooks (search index and other
 * integrations), and exit.
 */

export interface LogLine {
  /** Milliseconds since the build started, when the line arrived. */
  ms: number;
  text: string;
}

export type Phases = Record<'startup' | 'content' | 'bundle' | 'render' | 'hooks' | 'exit', number | null>;

export const PHASE_LABELS: Record<keyof Phases, string> = {
  startup: 'start-up and content check',
  content: 'content sync',
  bundle: 'bundling',
  render: 'rendering',
  hooks: 'build:done hooks',
  exit: 'exit',
};

const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

export function phases(lines: LogLine[], wallMs: number): Phases {
  const clean = lines.map((l) => ({ ms: l.ms, text: plain(l.text) }));
  const first = (pattern: RegExp) => clean.findIndex((l) => pattern.test(l.text));
  const sync = first(/\[content\] Syncing content/);
  const bundle = first(/\[build\] Building static entrypoints/);
  const render = first(/\[build\] Rearranging server assets|generating static routes/i);
  const done = first(/page\(s\) built in/);
  const hooks = done === -1 ? -1 : clean.slice(0, done).findLastIndex((l) => /\[build\] ✓ Completed in/.test(l.text));
  const at = (i: number) => (i === -1 ? null : clean[i]!.ms);
  const span = (from: number | null, to: number | null) => (from === null || to === null ? null : to - from);
  return {
    startup: at(sync),
    content: span(at(sync), at(bundle)),
    bundle: span(at(bundle), at(render)),
    render: span(at(render), at(hooks)),
    hooks: span(at(hooks), at(done)),
    exit: span(at(done), wallMs),
  };
}

/** Splits streamed output into lines, each stamped with the time its chunk arrived. */
export function lineStamper(start: number) {
  const lines: LogLine[] = [];
  let partial = '';
  return {
    lines,
    push(chunk: string) {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop()!;
      const ms = performance.now() - start;
      for (const text of parts) lines.push({ ms, text });
    },
  };
}
