/** Runs `astro build` in a child process, with Vitest's own variables kept out of its environment. */
import { spawnSync } from 'node:child_process';

export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Vitest exports Vite's variables (BASE_URL, MODE, NODE_ENV…) to process.env; a build must not inherit them.
  const inherited = Object.entries(process.env).filter(
    ([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key),
  );
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** `prefix` runs the build through another command (the determinism test hides the system's fonts with it). */
export function astroBuild(outDir: string, env: Record<string, string>, prefix: string[] = []) {
  const command = [...prefix, process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir];
  const result = spawnSync(command[0]!, command.slice(1), { env: cleanEnv(env), encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
