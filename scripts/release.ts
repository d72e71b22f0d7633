/**
 * `npm run release -- <version>`: freezes the report's current data into releases/<version>/ (RELEASES_DIR when
 * set), for readers to cite and check:
 *
 * - data/: every open-data file as this commit builds it, with datapackage.json (each file's size and SHA-256);
 * - CHANGELOG.md: every change to a record since the release before;
 * - report.pdf: the whole report (cover, contents, every chapter with its notes), printed by the browser the tests use;
 * - release.json: version, day, commit, the release before, and every file above with its size and SHA-256.
 *
 * CITATION.cff then names the release. Commit the folder and CITATION.cff: the next build publishes the release at
 * /releases/<version>/ and lists it at /releases/; older releases stay as they were. A release is for readers, so the
 * content must be committed (the release names its commit) and the build must name its address and publisher
 * (SITE_URL, REPORT_PUBLISHER…, as for any build for readers). `--trial` lifts both, for the tests, and writes only
 * where RELEASES_DIR says, never into releases/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { LICENCE, REPORT_TITLE, SITE, siteConfigProblems } from '../src/consts.ts';
import { historiesIn } from '../src/git.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { releaseChangelog } from '../src/lib/release/changelog.ts';
import { MANIFEST, type ReleaseFile, type ReleaseManifest, versionProblem } from '../src/lib/release/manifest.ts';
import { printDocument } from '../src/lib/release/print.ts';
import { routes } from '../src/lib/routes.ts';
import { normaliseBase } from '../src/lib/urls.ts';
import { releases, releasesDir } from '../src/releases.ts';
import { astroBuild } from './lib/astro-build.ts';
import { launchBrowser } from './lib/browser.ts';
import { serve } from './lib/static-server.ts';

const fail = (message: string): never => {
  console.error(`release: ${message}`);
  process.exit(1);
};

const args = process.argv.slice(2);
const version = args.find((a) => !a.startsWith('--'));
const problem = versionProblem(version);
if (problem || !version) fail(problem!);
const folder = join(releasesDir(), version!);
if (existsSync(folder)) fail(`${folder} exists: a release is frozen once made; give the new one a new version`);

const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const trial = args.includes('--trial');
if (trial && !process.env.RELEASES_DIR) fail('--trial writes only where RELEASES_DIR says, never into releases/');
if (!trial) {
  if (git('status', '--porcelain', '--', contentDir()))
    fail(`${contentDir()} has uncommitted changes: commit them first, so the release names the commit it freezes`);
  if (!process.env.SITE_URL) fail('set SITE_URL (and BASE_PATH) to the address readers use: the data cites it');
  const problems = siteConfigProblems();
  if (problems.length > 0) fail(`a release names who publishes it, but:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

const previous = releases()[0];
const today = new Date().toISOString().slice(0, 10);
const base = normaliseBase(process.env.BASE_PATH);

// 1. The site as this commit builds it.
const build = mkdtempSync(join(tmpdir(), 'report-release-'));
console.log(`release ${version}: building the site…`);
const built = astroBuild(build, {});
if (built.status !== 0) fail(`the build failed:\n${built.output}`);
const page = (path: string) => readFileSync(join(build, path, 'index.html'), 'utf8');
const site = parse(page('')).querySelector('link[rel="canonical"]')!.getAttribute('href')!;

mkdirSync(folder, { recursive: true });
try {
  // 2. The data, as published (the data page itself, data/index.html, is not data).
  // itself (data/index.html) is not data.
  cpSync(join(build, 'data'), join(folder, 'data'), { recursive: true, filter: (src) => !src.endsWith('.html') });

  // 3. What changed since the release before.
  const titles = new Map<string, string>();
  for (const file of readdirSync(join(build, 'data')).filter(
    (f) => /^[a-z]+\.json$/.test(f) && f !== 'datapackage.json',
  )) {
    const records = JSON.parse(readFileSync(join(build, 'data', file), 'utf8')) as unknown;
    if (!Array.isArray(records)) continue;
    for (const r of records as Array<{ id: string; name?: string; title?: string }>)
      titles.set(`${file.replace('.json', '')}/${r.id}`, r.name ?? r.title ?? r.id);
  }
  writeFileSync(
    join(folder, 'CHANGELOG.md'),
    releaseChangelog({
      version: version!,
      histories: historiesIn(process.cwd(), contentDir()),
      titles,
      since: previous ? { version: previous.version, date: previous.date } : undefined,
      until: today,
    }),
  );

  // 4. The whole report as a PDF.
  console.log(`release ${version}: printing the report…`);
  const chapters = (
    JSON.parse(readFileSync(join(build, 'data', 'articles.json'), 'utf8')) as Array<{ id: string; chapter: number }>
  )
    .sort((a, b) => a.chapter - b.chapter)
    .map((a) => ({ id: a.id, html: page(`articles/${a.id}`) }));
  const stylesheets = parse(chapters[0]!.html)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => l.getAttribute('href')!);
  const url = new URL(routes.release(version!).slice(1), site).href;
  writeFileSync(
    join(build, 'release-print.html'),
    printDocument(
      chapters,
      {
        title: REPORT_TITLE,
        version: version!,
        date: today,
        publisher: SITE.publisher,
        licence: LICENCE.title,
        url,
        site,
      },
      stylesheets,
    ),
  );
  const server = await serve(build, base);
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}release-print.html`, { waitUntil: 'networkidle' });
    await tab.emulateMedia({ media: 'print' });
    await tab.pdf({
      path: join(folder, 'report.pdf'),
      format: 'A4',
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center">${REPORT_TITLE}, release ${version} · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      tagged: true,
      outline: true,
    });
  } finally {
    await browser.close();
    await server.close();
  }

  // 5. The manifest: every file with its size and SHA-256.
  const files: ReleaseFile[] = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(folder, f)).isFile())
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(folder, f));
      return {
        path: relative(folder, join(folder, f)).split('\\').join('/'),
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    });
  const manifest: ReleaseManifest = {
    version: version!,
    date: today,
    commit: git('rev-parse', 'HEAD'),
    ...(previous ? { previous: previous.version } : {}),
    files,
  };
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
} catch (error) {
  rmSync(folder, { recursive: true, force: true });
  throw error;
} finally {
  rmSync(build, { recursive: true, force: true });
}

// 6. CITATION.cff names the newest release (only for the report's own releases, not a trial's).
if (!trial) {
  const cff = readFileSync('CITATION.cff', 'utf8')
    .replace(/^version: .*$/m, `version: ${version}`)
    .replace(/^date-released: .*\n/m, '')
    .replace(/^(version: .*\n)/m, `$1date-released: ${today}\n`);
  writeFileSync('CITATION.cff', cff);
}

const size = (readFileSync(join(folder, 'report.pdf')).length / 1024 / 1024).toFixed(1);
console.log(
  `release ${version}: ${folder}/ (data, CHANGELOG.md, report.pdf ${size} MB, release.json)${previous ? `, changes since ${previous.version}` : ''}. Commit it${trial ? '' : ' with CITATION.cff'}; the next build publishes it at ${routes.release(version!)}.`,
);
