/** axe-core in a page, with the WCAG 2.2 A and AA rules: the one accessibility audit every browser suite uses. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** "rule: target" for every violation on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluated through the DevTools protocol, which the page's CSP does not govern
  await page.evaluate(axe.source);
  const results = (await page.evaluate(
    (values) =>
      (window as unknown as { axe: { run: (d: Document, o: object) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values },
        // violations only: axe skips collecting the passes and the incomplete checks, which no test reads
        resultTypes: ['violations'],
      }),
    TAGS,
  )) as axe.AxeResults;
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
