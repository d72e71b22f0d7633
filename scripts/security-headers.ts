/**
 * Writes the security headers of src/lib/security.ts into public/_headers and
 * into the marked blocks of docs/deploy/nginx.conf. Run it after changing the
 * policy or the theme initialiser: `node scripts/security-headers.ts`
 * (tests/unit/security.test.ts fails until the files agree).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { netlifyHeaders, nginxHeaders } from '../src/lib/security.ts';

writeFileSync('public/_headers', netlifyHeaders());

const nginx = 'docs/deploy/nginx.conf';
const block = /^([ \t]*)# security headers \(src\/lib\/security\.ts\)\n[\s\S]*?^\s*# end of security headers$/gm;
const text = readFileSync(nginx, 'utf8').replace(block, (_whole, indent: string) =>
  [
    `${indent}# security headers (src/lib/security.ts)`,
    ...nginxHeaders()
      .split('\n')
      .map((l) => indent + l),
    `${indent}# end of security headers`,
  ].join('\n'),
);
writeFileSync(nginx, text);
console.log('wrote public/_headers and the header blocks of docs/deploy/nginx.conf');
