/**
 * The search index: Pagefind's Node API over the report's records. At the end
 * of a build it writes `pagefind/` into the output and stops the build if
 * anything fails. In `astro dev` it builds the same index in memory on the
 * first search, again after content changes, and serves it from `<base>pagefind/`.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { buildDate } from '../lib/dates.ts';
import { checkContent } from '../lib/integrity/index.ts';
import { reportFromCheck } from '../lib/report-from-check.ts';
import {
  CHAPTER_EXCLUDES,
  chapterDocument,
  reportRecords,
  SEARCH_TYPES,
  type SearchRecord,
} from '../lib/search/index.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { speakerOf } from '../lib/i18n/speaker.ts';
import { localise } from '../lib/i18n/translations.ts';
import { contentDir } from '../lib/content-dir.ts';
import { readContentFiles } from './content-files.ts';
import { recordsCheckedAtBuild } from './integrity.ts';

/** Reads a chapter page's HTML, given its path without the base ("/articles/demining/"). */
type PageReader = (path: string) => Promise<string>;

/**
 * Pagefind's own UIs: the site uses its own over the JS API. (`wasm.unknown.pagefind` stays: Pagefind has no
 * Azerbaijani stemmer, so the az index is searched with the language-less module.)
 */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Content types of the files the dev server hands out. */
const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json' };

const ok = <T extends { errors: string[] }>(step: string, response: T): T => {
  if (response.errors.length > 0) throw new Error(`search index: ${step} failed: ${response.errors.join('; ')}`);
  return response;
};

/** The indexed part of a chapter page: its `[data-pagefind-body]` element's inner HTML. */
export function chapterBody(html: string, path: string): string {
  const body = parse(html).querySelector('[data-pagefind-body]');
  if (!body) throw new Error(`search index: the chapter page ${path} has no [data-pagefind-body] element`);
  return body.innerHTML;
}

/** An index holding every record of every edition, waiting for the chapters' text. */
interface RecordIndex {
  index: pagefind.PagefindIndex;
  chapters: Array<{ lang: string; chapter: SearchRecord }>;
  /** What it holds, in a line ("8 chapters, 59 projects… in 4 languages"); the records themselves are not kept. */
  summary: string;
}

/**
 * Starts the index of every record in every edition (Pagefind keeps one index per language, and the page's `lang`
 * picks it). Records need no built page, so a build starts this before rendering: Pagefind indexes them in its own
 * process, on another core, while pages render. Chapters follow once their pages exist (`finishIndex`).
 */
async function startIndex(root: string): Promise<RecordIndex> {
  // In a build, the records the content check passed at its start; in the dev server, the content as it is now.
  const checked = recordsCheckedAtBuild() ?? checkContent(readContentFiles(root, contentDir()), buildDate()).records;
  const report = reportFromCheck(checked);
  const { index } = ok('starting Pagefind', await pagefind.createIndex({ excludeSelectors: CHAPTER_EXCLUDES }));
  if (!index) throw new Error('search index: Pagefind returned no index');
  const chapters: RecordIndex['chapters'] = [];
  const all: SearchRecord[] = [];
  const added: Array<Promise<unknown>> = [];
  for (const lang of LOCALES) {
    const { chapters: langChapters, records } = reportRecords(localise(report, lang), speakerOf(lang));
    chapters.push(...langChapters.map((chapter) => ({ lang, chapter })));
    // Sent in order without waiting for each answer: Pagefind works through them while this process renders.
    for (const { url, content, meta, filters, sort } of records)
      added.push(
        index
          .addCustomRecord({ url, content, language: lang, meta: definedMeta(meta), filters, sort })
          .then((response) => ok(`indexing ${url}`, response)),
      );
    all.push(...langChapters, ...records);
  }
  await Promise.all(added);
  return { index, chapters, summary: `${describe(all)} in ${LOCALES.length} languages` };
}

/** Adds each chapter's text, read from its page, to an index of the records; returns it, with a line saying what it holds. */
async function finishIndex({ index, chapters, summary }: RecordIndex, readPage: PageReader) {
  for (const { lang, chapter } of chapters) {
    const body = chapterBody(await readPage(chapter.url), chapter.url);
    ok(
      `indexing ${chapter.url}`,
      await index.addHTMLFile({ url: chapter.url, content: chapterDocument(chapter, body, lang) }),
    );
  }
  return { index, summary };
}

/** Meta without empty fields: Pagefind stores strings only. */
const definedMeta = (meta: SearchRecord['meta']) =>
  Object.fromEntries(Object.entries(meta).filter((entry): entry is [string, string] => Boolean(entry[1])));

/** "8 chapters, 59 projects, 17 places, 75 events, 22 promises (181 records)". */
function describe(records: SearchRecord[]): string {
  const counts = SEARCH_TYPES.map((kind) => {
    const n = records.filter((r) => r.meta.kind === kind).length;
    return `${n} ${kind === 'commitment' ? 'promise' : kind}${n === 1 ? '' : 's'}`;
  });
  return `${counts.join(', ')} (${records.length} records)`;
}

/** Files and bytes under a folder. */
function folderSize(dir: string): { files: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) };
}

async function writeBuildIndex(records: Promise<RecordIndex>, outDir: string, logger: AstroIntegrationLogger) {
  const started = performance.now();
  try {
    const { index, summary } = await finishIndex(await records, async (path) =>
      readFileSync(join(outDir, path, 'index.html'), 'utf8'),
    );
    const output = join(outDir, 'pagefind');
    ok('writing the index', await index.writeFiles({ outputPath: output }));
    for (const file of UNUSED) rmSync(join(output, file), { force: true });
    const { files, bytes } = folderSize(output);
    logger.info(`indexed ${summary}`);
    logger.info(
      `wrote ${output}: ${files} files, ${(bytes / 1024).toFixed(0)} kB, in ${Math.round(performance.now() - started)} ms ` +
        'after rendering (the records were indexed while pages rendered)',
    );
  } finally {
    await pagefind.close();
  }
}

/**
 * Serves a fresh index in `astro dev`: built in memory on the first request for
 * it, rebuilt when the page asks again after a content file changed. Chapters
 * are read from the dev server itself; one that fails to render is indexed
 * from its description, with a warning, so search keeps working while you write.
 */
function serveDevIndex(server: ViteDevServer, root: string, base: string, logger: AstroIntegrationLogger) {
  // Astro strips the base path before later middleware sees the request; either form is accepted.
  const prefixes = [`${base}pagefind/`, '/pagefind/'];
  const content = resolve(root, contentDir());
  let built: Promise<Map<string, Uint8Array>> | undefined;
  let stale = true;
  server.watcher.on('all', (_event, path) => {
    if (resolve(path).startsWith(content)) stale = true;
  });

  const rebuild = async (origin: string) => {
    const { index, summary } = await finishIndex(await startIndex(root), async (path) => {
      const response = await fetch(new URL(`${base}${path.slice(1)}`, origin)).catch(() => undefined);
      if (response?.ok) return response.text();
      logger.warn(`${path} did not render (${response?.status ?? 'no answer'}); indexed from its description only`);
      return '<div data-pagefind-body></div>';
    });
    const { files } = ok('building the index', await index.getFiles());
    await index.deleteIndex();
    logger.info(`dev index built in memory from ${contentDir()}: ${summary}`);
    return new Map(files.map((f) => [f.path, f.content]));
  };

  server.middlewares.use((req, res, next) => {
    const path = (req.url ?? '').split('?')[0]!;
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) return next();
    const file = path.slice(prefix.length);
    if (stale && (file === 'pagefind-entry.json' || file === 'pagefind.js' || !built)) {
      stale = false;
      built = rebuild(`http://${req.headers.host}`);
      built.catch(() => (stale = true));
    }
    built!
      .then((files) => {
        const body = files.get(file);
        if (!body) return next();
        res.setHeader('content-type', TYPES[file.split('.').pop()!] ?? 'application/octet-stream');
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      })
      .catch((error: Error) => {
        logger.error(error.message);
        res.statusCode = 500;
        res.end(error.message);
      });
  });
}

export default function searchIndex(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let records: Promise<RecordIndex> | undefined;
  return {
    name: 'report-search-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        records = startIndex(root);
        // Awaited when the build is done; a failure meanwhile must not end the process unreported.
        records.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeBuildIndex(records ?? startIndex(root), fileURLToPath(dir), logger);
      },
      'astro:server:setup': ({ server, logger }) => serveDevIndex(server, root, base, logger),
      'astro:server:done': async () => {
        await pagefind.close();
      },
    },
  };
}
