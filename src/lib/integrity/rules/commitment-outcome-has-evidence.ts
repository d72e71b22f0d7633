import { endOf } from '../../dates.ts';
import { at, type Rule } from '../record.ts';
import type { Problem } from '../problem.ts';

/** An assessed commitment rests on evidence; "pending" is only for deadlines still ahead. */
export const commitmentOutcomeHasEvidence: Rule = (records) =>
  records
    .filter((r) => r.collection === 'commitments')
    .flatMap((record) => {
      const { outcome, target, evidence, outcomeAsOf } = record.data as {
        outcome: string;
        target?: string;
        evidence: unknown[];
        outcomeAsOf: string;
      };
      const problems: Problem[] = [];
      if (outcome !== 'pending' && outcome !== 'unclear' && evidence.length === 0) {
        problems.push(
          at(record, ['evidence'], `is empty but the outcome is "${outcome}"; expected dated, sourced evidence`),
        );
      }
      if (outcome === 'pending' && target && endOf(target) < outcomeAsOf) {
        problems.push(
          at(
            record,
            ['outcome'],
            `is "pending" but the target ${target} passed before the assessment (${outcomeAsOf}); expected met, met-late, partly-met, not-met or unclear`,
          ),
        );
      }
      return problems;
    });
