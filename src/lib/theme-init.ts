/**
 * The one script that must run inline: before the page paints it marks the page
 * as scripted (class "js", so controls that need JavaScript take their place
 * without shifting the layout) and applies the reader's stored theme, so a
 * chosen theme never flashes. Its hash goes into
 * the Content-Security-Policy (astro.config.mjs, the build's _headers).
 */
import { createHash } from 'node:crypto';

export const THEME_INIT =
  "(()=>{const r=document.documentElement;r.classList.add('js');try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')r.dataset.theme=t}catch{}})();";

/** The CSP source expression for a script: 'sha256-…'. */
export function scriptHash(source: string): string {
  return `'${astroHash(source)}'`;
}

/** The hash as Astro's CSP config takes it: sha256-… without quotes. */
export function astroHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
