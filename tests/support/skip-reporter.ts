/**
 * Says why tests were skipped, one line per reason, and fails the run when a
 * test is skipped without one: the suite skips only what cannot run on this
 * machine (the nginx sample without nginx), and says so.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const reasons = new Map<string, number>();
    for (const module of modules) {
      for (const test of module.children.allTests('skipped')) {
        const result = test.result();
        const note = result.state === 'skipped' ? result.note : undefined;
        const key = `${relative(process.cwd(), module.moduleId)}: ${note ?? 'UNEXPLAINED (no skip may go without a reason)'}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
        if (!note) process.exitCode = 1;
      }
    }
    for (const [reason, count] of reasons) console.log(`skipped ${count} test(s) in ${reason}`);
  }
}
