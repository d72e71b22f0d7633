/**
 * A static file server for a build folder, the way a CDN serves it:
 * `/x/` serves `x/index.html`, unknown paths get the 404 page with status 404.
 * The folder is mounted at `base`, so a /report/ build is served under /report/.
 * With `compress`, text is sent gzipped to clients that accept it, as CDNs do.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Netlify/Cloudflare `_headers`: path patterns ("/*", "/_astro/*") with the headers they get. */
export function parseHeadersFile(text: string): Array<{ pattern: string; headers: Record<string, string> }> {
  const rules: Array<{ pattern: string; headers: Record<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** The headers a path gets from `_headers` rules (which name paths with the base): a later rule's replaces an earlier one's, as on Netlify. */
export function headersFor(
  rules: Array<{ pattern: string; headers: Record<string, string> }>,
  path: string,
): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern, path)).map((r) => r.headers)) as Record<
    string,
    string
  >;
}

/**
 * Serves `dir` at `base`. With `headers: true` it also sends the headers of the
 * build's `_headers` file, as Netlify and Cloudflare Pages would.
 */
export async function serve(
  dir: string,
  base = '/',
  options: { headers?: boolean; compress?: boolean } = {},
): Promise<StaticServer> {
  const rules = options.headers ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [k, v] of Object.entries(headersFor(rules, path))) res.setHeader(k, v);
    const inside = path.startsWith(base) ? normalize(path.slice(base.length - 1)) : null;
    let file = inside === null ? null : join(dir, inside);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(dir, '404.html')).pipe(res);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed as any CDN compresses text, when asked (the benchmark's Lighthouse runs).
    if (
      options.compress &&
      /text|javascript|json|svg|xml|wasm/.test(type) &&
      /gzip/.test(String(req.headers['accept-encoding']))
    ) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
