import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { SITES } from '../support/sites.ts';

const again = mkdtempSync(join(tmpdir(), 'report-again-'));
const cards = mkdtempSync(join(tmpdir(), 'report-cards-'));
afterAll(() => {
  rmSync(again, { recursive: true, force: true });
  rmSync(cards, { recursive: true, force: true });
});

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

/** The folders where @napi-rs/canvas and fontconfig find a Linux system's fonts. */
const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.fonts'),
  join(homedir(), '.local/share/fonts'),
].filter((dir) => existsSync(dir));

/**
 * A command prefix that runs its command with every system font folder
 * covered by an empty tmpfs, in a mount namespace of its own (Linux, with
 * `unshare`, as root or with user namespaces): a machine with no fonts
 * installed. Null where that is not possible (macOS).
 */
function withoutSystemFonts(): string[] | null {
  if (process.platform !== 'linux') return null;
  const prefix = [
    'unshare',
    '--mount',
    '--map-root-user',
    'sh',
    '-c',
    `${FONT_DIRS.map((dir) => `mount -t tmpfs none '${dir}' && `).join('')}exec "$@"`,
    'sh',
  ];
  const probe = spawnSync(prefix[0]!, [...prefix.slice(1), 'true']);
  return probe.status === 0 ? prefix : null;
}

const hidden = withoutSystemFonts();

test('the fonts a build draws with are its own: with no system font visible, a second build is byte-identical', (context) => {
  if (hidden) {
    const families = spawnSync(
      hidden[0]!,
      [
        ...hidden.slice(1),
        process.execPath,
        '--input-type=module',
        '-e',
        "import { GlobalFonts } from '@napi-rs/canvas'; console.log(GlobalFonts.families.length)",
      ],
      { encoding: 'utf8' },
    );
    expect(families.stdout.trim(), 'no system font is visible to the canvas').toBe('0');
  } else {
    context.annotate('system fonts could not be hidden here (no unshare): the second build saw them');
  }
  const { status, output } = astroBuild(
    again,
    {
      BASE_PATH: SITES.fixture.base,
      CONTENT_DIR: SITES.fixture.content,
      RELEASES_DIR: SITES.fixture.releases,
      CARD_CACHE_DIR: cards,
    },
    hidden ?? [],
  );
  expect(status, output).toBe(0);
  const first = fingerprint(SITES.fixture.dir);
  const second = fingerprint(again);
  expect(Object.keys(second)).toEqual(Object.keys(first));
  expect(Object.keys(first).filter((file) => /^og\/.*\.jpg$/.test(file)).length, 'cards drawn').toBeGreaterThanOrEqual(
    4,
  );
  expect(Object.keys(first).filter((f) => first[f] !== second[f])).toEqual([]);
});
