import { endOf, isAfter } from '../../dates.ts';
import { at, type Rule } from '../record.ts';

interface MilestoneData {
  date: string;
  marks?: string;
}

/** A completed or operational project has a dated milestone that says so, no later than its as-of date. */
export const statusHasMilestone: Rule = (records) =>
  records
    .filter((r) => r.collection === 'projects')
    .flatMap((record) => {
      const { status, statusAsOf } = record.data as { status: string; statusAsOf: string };
      if (status !== 'completed' && status !== 'operational') return [];
      const milestones = record.data.milestones as MilestoneData[];
      const marking = milestones.findIndex((m) => m.marks === 'completed' || m.marks === 'operational');
      if (marking === -1) {
        return [
          at(
            record,
            ['status'],
            `is "${status}" but no milestone marks it; expected a dated, sourced milestone with "marks": "completed" or "operational"`,
          ),
        ];
      }
      const milestone = milestones[marking]!;
      if (isAfter(milestone.date, endOf(statusAsOf))) {
        return [
          at(
            record,
            ['statusAsOf'],
            `${statusAsOf} is earlier than milestone ${marking} (${milestone.date}) that marks the status; expected statusAsOf on or after it`,
          ),
        ];
      }
      return [];
    });
