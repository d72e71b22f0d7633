/**
 * The site's security policy, in one place. Astro writes the Content-Security-
 * Policy into a meta tag on every page (astro.config.mjs); hosts that prefer
 * headers serve the same policy and the other headers below from
 * public/_headers (Netlify, Cloudflare Pages) or docs/deploy/nginx.conf.
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

/** The whole policy as a header; frame-ancestors works only in a header, not in a meta tag. */
export function contentSecurityPolicy(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, scriptHash(THEME_INIT)].join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header a host should send with every page. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** public/_headers: the security headers for every path, and long caching for hashed assets. */
export function netlifyHeaders(): string {
  const all = Object.entries(securityHeaders()).map(([k, v]) => `  ${k}: ${v}`);
  return ['/*', ...all, '', '/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');
}

/** The same headers as nginx `add_header` lines. */
export function nginxHeaders(): string {
  return Object.entries(securityHeaders())
    .map(([k, v]) => `add_header ${k} "${v}" always;`)
    .join('\n');
}
