/**
 * Writes the build's _headers (Netlify, Cloudflare Pages) after the build, from the folders actually built: the
 * security headers of src/lib/security.ts for every path, framing refused everywhere but the embed pages.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { netlifyHeaders } from '../lib/security.ts';

export default function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'report-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = readdirSync(root, { withFileTypes: true }).map((e) => ({
          name: e.name,
          folder: e.isDirectory(),
        }));
        writeFileSync(join(root, '_headers'), netlifyHeaders(base, entries));
        logger.info('_headers: security headers for every path, framing allowed under embed/ only');
      },
    },
  };
}
