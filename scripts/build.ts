/**
 * `npm run build`: builds into a fresh folder and swaps it in only when the
 * build succeeds, so a failed build never leaves a half-written dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const dist = process.env.OUT_DIR ?? 'dist';
const next = `${dist}.next`;
const previous = `${dist}.previous`;

rmSync(next, { recursive: true, force: true });
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', next], {
  stdio: 'inherit',
});
if (build.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nThe build failed; ${dist}/ is unchanged.`);
  process.exit(build.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`${dist}/ replaced with the new build.`);
