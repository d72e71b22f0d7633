/**
 * Copies every release's files into the build, as they were frozen (releases/<version>/… → /releases/<version>/…),
 * beside the pages that list them (src/pages/[...lang]/releases/).
 */
import type { AstroIntegration } from 'astro';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releases, releasesDir } from '../releases.ts';

export default function releaseFiles(): AstroIntegration {
  return {
    name: 'report-releases',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const list = releases();
        for (const r of list)
          cpSync(join(releasesDir(), r.version), join(fileURLToPath(dir), 'releases', r.version), { recursive: true });
        logger.info(`${list.length} release(s) copied from ${releasesDir()}/`);
      },
    },
  };
}
