/**
 * A release's changelog: every change to a record since the release before, by day and record, in English, from the
 * records' histories (src/git.ts). Pure: histories and titles in, Markdown out.
 */
import { describeChanges } from '../history/describe.ts';
import type { HistoryEntry } from '../history/record-diff.ts';
import { speakerOf } from '../i18n/speaker.ts';

const ENGLISH = speakerOf('en');

/**
 * The Markdown changelog of `version`: changes dated after `since` (the previous release's day; all when none) up to
 * `until`, newest day first, each record under its title and "collection/id".
 */
export function releaseChangelog(options: {
  version: string;
  histories: ReadonlyMap<string, HistoryEntry[]>;
  titles: ReadonlyMap<string, string>;
  since?: { version: string; date: string };
  until: string;
}): string {
  const { version, histories, titles, since, until } = options;
  const days = new Map<string, string[]>();
  for (const [key, entries] of [...histories].sort(([a], [b]) => a.localeCompare(b))) {
    for (const e of entries) {
      if ((since && e.date <= since.date) || e.date > until) continue;
      const line = `- ${titles.get(key) ?? key} (\`${key}\`): ${describeChanges(e.changes, ENGLISH).join('; ')}`;
      days.set(e.date, [...(days.get(e.date) ?? []), line]);
    }
  }
  const head = [
    `# Changes in release ${version}`,
    '',
    since
      ? `Every change to a record since release ${since.version} (${since.date}), newest first.`
      : 'Every change to a record up to this first release, newest first.',
    '',
  ];
  if (days.size === 0) return [...head, 'No record changed.', ''].join('\n');
  return [
    ...head,
    ...[...days]
      .sort(([a], [b]) => b.localeCompare(a))
      .flatMap(([day, lines]) => [`## ${ENGLISH.date(day)}`, '', ...lines, '']),
  ].join('\n');
}
