/** A history change as a reader reads it, in the edition's language ("Status: Under construction → Operational"). */
import type { Speaker } from '../i18n/speaker.ts';
import type { HistoryChange } from './record-diff.ts';

export function describeChange(change: HistoryChange, s: Speaker): string {
  const { kind, from = '', to = '' } = change;
  switch (kind) {
    case 'status':
      return s.t('history.status', { from: label(s.labels.status, from), to: label(s.labels.status, to) });
    case 'outcome':
      return s.t('history.outcome', { from: label(s.labels.outcome, from), to: label(s.labels.outcome, to) });
    case 'figure':
    case 'point':
      return from ? s.t(`history.${kind}`, { from, to }) : s.t(`history.${kind}Added`, { to });
    case 'milestone':
    case 'evidence':
    case 'control':
    case 'source':
      return s.t(`history.${kind}`, { to });
    default:
      return s.t(`history.${kind}`);
  }
}

/** The reader's word for a value, the value itself where it has none (an outcome that was blank before). */
const label = (labels: Record<string, string>, value: string) => labels[value] ?? (value || '—');

/** A day's changes as lines, each said once ("Text revised" for three fields is one line). */
export function describeChanges(changes: HistoryChange[], s: Speaker): string[] {
  return [...new Set(changes.map((c) => describeChange(c, s)))];
}
