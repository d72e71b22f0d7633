/**
 * Prints why tests were skipped at run time, one line per reason (`context.skip(condition, reason)`): the suite
 * skips only what cannot run on this machine, and says so. Tests left out by a filter (`-t`) have no reason and
 * are not listed; tests/unit/no-skips.test.ts keeps skips out of the code otherwise.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const reasons = new Map<string, number>();
    for (const module of modules) {
      for (const test of module.children.allTests('skipped')) {
        const result = test.result();
        if (result.state !== 'skipped' || !result.note) continue;
        const key = `${relative(process.cwd(), module.moduleId)}: ${result.note}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
    }
    for (const [reason, count] of reasons) console.log(`skipped ${count} test(s) in ${reason}`);
  }
}
