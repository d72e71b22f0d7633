import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/lib/security.ts';
import { SITES } from '../support/sites.ts';

// docs/deploy/nginx.conf, run for real: its main server block, on a local port, serving the root build.
// Where nginx is not installed these tests are skipped with the reason (the only skip the suite allows);
// in CI (.ci/run installs nginx) they always run.
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'].find((p) =>
  existsSync(p),
);
const NO_NGINX = 'no nginx found: install it (`apt-get install -y nginx-light` on Debian) to run the deploy sample';
const work = mkdtempSync(join(tmpdir(), 'report-nginx-'));
const port = 18000 + (process.pid % 1000);
const url = `http://127.0.0.1:${port}`;
/** A chart of the real content, whose embed page other sites may frame. */
const EMBEDDED = 'demining-area';

beforeEach((context) => context.skip(!NGINX && !process.env.CI, NO_NGINX));

beforeAll(() => {
  if (!NGINX && process.env.CI) throw new Error(NO_NGINX);
  if (!NGINX) return;
  const sample = readFileSync('docs/deploy/nginx.conf', 'utf8');
  const server = `server {${sample.split('server {')[2]!}`
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port};`)
    .replace('root /var/www/karabakh-report/dist;', `root ${SITES.real.dir};`);
  mkdirSync(join(work, 'logs'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${work};`).join(' ');
  writeFileSync(
    join(work, 'nginx.conf'),
    `worker_processes 1; pid ${work}/nginx.pid; error_log ${work}/logs/error.log; daemon on;
events {}
http { include ${mimeTypes(NGINX)}; access_log off; ${temp}
${server}
}`,
  );
  execFileSync(NGINX, ['-t', '-q', '-c', join(work, 'nginx.conf'), '-p', work]);
  execFileSync(NGINX, ['-c', join(work, 'nginx.conf'), '-p', work]);
});

/** The mime.types beside the nginx.conf this nginx was built to read (Debian: /etc/nginx). */
function mimeTypes(nginx: string): string {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
  return join(dirname(/--conf-path=(\S+)/.exec(built)?.[1] ?? '/etc/nginx/nginx.conf'), 'mime.types');
}

afterAll(() => {
  if (NGINX) spawnSync(NGINX, ['-c', join(work, 'nginx.conf'), '-p', work, '-s', 'stop']);
  rmSync(work, { recursive: true, force: true });
});

describe('the nginx sample of docs/deploy', () => {
  test('serves pages with the security headers of src/lib/security.ts, and lets other sites frame embeds only', async () => {
    for (const [path, framable] of [
      ['/places/shusha/', false],
      [`/embed/charts/${EMBEDDED}/`, true],
    ] as const) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(securityHeaders(framable)))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      expect(response.headers.get('x-frame-options'), path).toBe(framable ? null : 'DENY');
    }
  });

  test('answers an unknown address with the 404 page and a 404 status', async () => {
    const response = await fetch(`${url}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  test('compresses text and caches hashed assets for a year', async () => {
    const css = readFileSync(join(SITES.real.dir, 'index.html'), 'utf8').match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
    const response = await fetch(`${url}${css}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
