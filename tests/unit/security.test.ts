import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, netlifyHeaders, nginxHeaders } from '../../src/lib/security.ts';
import { scriptHash, THEME_INIT } from '../../src/lib/theme-init.ts';

describe('the security policy', () => {
  test('allows scripts only from the site, the theme initialiser by hash, and WebAssembly; no inline styles', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash(THEME_INIT)}`);
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*|https?:/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  // after changing the policy: node scripts/security-headers.ts
  test('public/_headers says exactly what src/lib/security.ts says', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(netlifyHeaders());
  });

  test('the nginx sample sends the same headers', () => {
    const conf = readFileSync('docs/deploy/nginx.conf', 'utf8');
    for (const line of nginxHeaders().split('\n')) expect(conf).toContain(line);
  });
});
