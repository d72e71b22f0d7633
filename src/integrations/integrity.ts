/**
 * Runs the content check before Astro reads any content. A build with
 * problems stops here, before anything is written; the dev server reports
 * them and checks again whenever a content file changes.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../lib/dates.ts';
import { checkContent, formatProblem, type CheckedRecord } from '../lib/integrity/index.ts';
import { contentDir } from '../lib/content-dir.ts';
import { dictionaryProblems } from '../lib/i18n/dictionary.ts';
import { readContentFiles } from './content-files.ts';

/** The content checked at the start of this process's build, for the search index at its end: one check a build. */
let checkedAtBuild: CheckedRecord[] | undefined;

/** The records the build's content check passed, once it has run (never in the dev server, where content changes). */
export const recordsCheckedAtBuild = (): CheckedRecord[] | undefined => checkedAtBuild;

/** Checks the content folder; returns the problem lines and the records that passed. */
export function runCheck(root: string, dir = contentDir()): { lines: string[]; checked: CheckedRecord[] } {
  const { problems, records } = checkContent(readContentFiles(root, dir), buildDate());
  // The editions' interface dictionaries are checked with the content: a missing key stops the build the same way.
  return { lines: [...dictionaryProblems(), ...problems].map(formatProblem), checked: records };
}

/** How long after the last content edit `astro dev` checks the content again. */
const CHECK_AFTER_MS = 1000;

export default function integrity(): AstroIntegration {
  let root = process.cwd();
  const report = (logger: AstroIntegrationLogger) => {
    const { lines, checked } = runCheck(root);
    for (const line of lines) logger.error(line);
    if (lines.length === 0) logger.info(`${checked.length} records checked: no problems`);
    return { lines, checked };
  };
  return {
    name: 'report-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const { lines, checked } = report(logger);
        if (lines.length > 0) {
          const error = new Error(
            `${lines.length} content problem(s); the build stopped before writing anything. Fix the lines above.`,
          );
          error.stack = error.message;
          throw error;
        }
        checkedAtBuild = checked;
      },
      'astro:server:setup': ({ server, logger }) => {
        let last = report(logger).lines.join('\n');
        const dir = contentDir();
        // The check reads every record (about 250 ms at 1,000 records): it runs once edits pause, after the page the
        // browser reloads on save has rendered, rather than in front of it on every save.
        let pending: ReturnType<typeof setTimeout> | undefined;
        const check = () => {
          const { lines } = runCheck(root);
          if (lines.join('\n') === last) return;
          last = lines.join('\n');
          for (const line of lines) logger.error(line);
          if (lines.length === 0) logger.info('content problems fixed: no problems');
        };
        server.watcher.on('all', (_event, path) => {
          if (!path.includes(dir)) return;
          clearTimeout(pending);
          pending = setTimeout(check, CHECK_AFTER_MS);
        });
      },
    },
  };
}
