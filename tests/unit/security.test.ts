import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/static-server.ts';
import {
  contentSecurityPolicy,
  framingHeaders,
  netlifyHeaders,
  nginxHeaders,
  securityHeaders,
} from '../../src/lib/security.ts';
import { scriptHash, THEME_INIT } from '../../src/lib/theme-init.ts';

describe('the security policy', () => {
  test('allows scripts only from the site, the theme initialiser by hash, and WebAssembly; no inline styles', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash(THEME_INIT)}`);
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*|https?:/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  test('lets embed pages be framed, and nothing else', () => {
    expect(contentSecurityPolicy(true)).not.toContain('frame-ancestors');
    expect(securityHeaders(true)['X-Frame-Options']).toBeUndefined();
    expect(securityHeaders()['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders()['Content-Security-Policy']).toBe(contentSecurityPolicy());
  });

  test('_headers: every path gets the headers, every top-level entry but embed/ the framing ones, under the base', () => {
    const entries = [
      { name: 'index.html', folder: false },
      { name: 'feed.xml', folder: false },
      { name: 'places', folder: true },
      { name: 'az', folder: true },
      { name: 'embed', folder: true },
      { name: '_astro', folder: true },
    ];
    const rules = parseHeadersFile(netlifyHeaders('/report/', entries));
    expect(rules.map((r) => r.pattern)).toEqual([
      '/report/*',
      '/report/',
      '/report/_astro/*',
      '/report/az/*',
      '/report/index.html',
      '/report/places/*',
      '/report/_astro/*',
    ]);
    expect(rules[0]!.headers).toEqual(securityHeaders(true));
    for (const rule of rules.slice(1, -1)) expect(rule.headers, rule.pattern).toEqual(framingHeaders());
  });

  // after changing the policy: node scripts/security-headers.ts
  test('the nginx sample sends the same headers, embeds framable', () => {
    const conf = readFileSync('docs/deploy/nginx.conf', 'utf8');
    for (const line of nginxHeaders().split('\n')) expect(conf).toContain(line);
    const embeds = conf.slice(conf.indexOf('location /embed/ {'));
    for (const line of nginxHeaders(true).split('\n')) expect(embeds).toContain(line);
    expect(embeds.slice(0, embeds.indexOf('}'))).not.toContain('X-Frame-Options');
  });
});
