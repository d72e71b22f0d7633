/**
 * The site's security policy, in one place. Astro writes the Content-Security-
 * Policy into a meta tag on every page (astro.config.mjs); hosts that prefer
 * headers serve the same policy and the other headers below from
 * the _headers the build writes (Netlify, Cloudflare Pages) or docs/deploy/nginx.conf.
 * Tests check that those files say exactly what this module says.
 */
import { scriptHash, THEME_INIT } from './theme-init.ts';

/** Directives beyond script-src and style-src, which Astro writes itself. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind searches in a web worker
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** script-src sources: the site's own files, Pagefind's WebAssembly, and the theme initialiser's hash. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/** The folder of the pages other sites may frame: each chart's embed page (/embed/charts/<id>/). */
export const EMBED_FOLDER = 'embed';

/**
 * The whole policy as a header (frame-ancestors works only in a header, not in a meta tag): no site may frame a
 * page, unless `framable`, for the embed pages.
 */
export function contentSecurityPolicy(framable = false): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, scriptHash(THEME_INIT)].join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...(framable ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

/** The headers that keep a page out of other sites' frames. */
export function framingHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(), 'X-Frame-Options': 'DENY' };
}

/** Every header a host should send with every page; embed pages get them without the framing ones. */
export function securityHeaders(framable = false): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(true),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(framable ? {} : framingHeaders()),
  };
}

const block = (pattern: string, headers: Record<string, string>) => [
  pattern,
  ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`),
  '',
];

/**
 * The build's _headers (Netlify, Cloudflare Pages): the security headers for every path, then the framing ones for
 * every top-level entry of the build but the embed folder (`entries`: its files and folders), and long caching for
 * hashed assets. Paths carry the base path. The framing rules name the policy whole, so a host that lets a later
 * rule replace a header (Netlify) and one that joins both into two policies, each enforced (Cloudflare), agree.
 */
export function netlifyHeaders(base: string, entries: Array<{ name: string; folder: boolean }>): string {
  const framed = entries
    .filter((e) => e.name !== EMBED_FOLDER && (e.folder || e.name.endsWith('.html')))
    .map((e) => `${base}${e.name}${e.folder ? '/*' : ''}`)
    .sort();
  return [
    ...block(`${base}*`, securityHeaders(true)),
    ...[base, ...framed].flatMap((path) => block(path, framingHeaders())),
    ...block(`${base}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
  ].join('\n');
}

/** The same headers as nginx `add_header` lines; `framable` for the embed pages' location. */
export function nginxHeaders(framable = false): string {
  return Object.entries(securityHeaders(framable))
    .map(([k, v]) => `add_header ${k} "${v}" always;`)
    .join('\n');
}
