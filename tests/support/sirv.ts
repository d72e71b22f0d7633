/**
 * A real static server from npm (sirv-cli) for the audits: the build is
 * copied under its base path into a folder sirv serves, the way a host would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SirvServer {
  url: string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function sirv(dir: string, base: string): Promise<SirvServer> {
  const root = mkdtempSync(join(tmpdir(), 'report-sirv-'));
  cpSync(dir, join(root, base), { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/sirv-cli/bin.js', root, '--port', String(port), '--host', '127.0.0.1', '--quiet'],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    close: async () => {
      child.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
