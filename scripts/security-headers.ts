/**
 * Writes the security headers of src/lib/security.ts into the marked blocks of docs/deploy/nginx.conf: the site's, and
 * the embed pages' (framing allowed). Run it after changing the policy or the theme initialiser:
 * `node scripts/security-headers.ts` (tests/unit/security.test.ts fails until the file agrees). The build writes
 * its own _headers for Netlify and Cloudflare Pages (src/integrations/headers.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { nginxHeaders } from '../src/lib/security.ts';

const nginx = 'docs/deploy/nginx.conf';
const block = /^([ \t]*)# (security headers|embed headers) \(src\/lib\/security\.ts\)\n[\s\S]*?^\s*# end of \2$/gm;
const text = readFileSync(nginx, 'utf8').replace(block, (_whole, indent: string, name: string) =>
  [
    `${indent}# ${name} (src/lib/security.ts)`,
    ...nginxHeaders(name === 'embed headers')
      .split('\n')
      .map((l) => indent + l),
    `${indent}# end of ${name}`,
  ].join('\n'),
);
writeFileSync(nginx, text);
console.log('wrote the header blocks of docs/deploy/nginx.conf');
