/**
 * The one script that must run inline: it applies the reader's stored theme
 * before the page paints, so a chosen theme never flashes. Its hash goes into
 * the Content-Security-Policy (astro.config.mjs, public/_headers).
 */
import { createHash } from 'node:crypto';

export const THEME_INIT =
  "(()=>{try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}})();";

/** The CSP source expression for a script: 'sha256-…'. */
export function scriptHash(source: string): string {
  return `'${astroHash(source)}'`;
}

/** The hash as Astro's CSP config takes it: sha256-… without quotes. */
export function astroHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
