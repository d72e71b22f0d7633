/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a chapter page before its content renders: note numbers for <Cite>. */
    citations?: import('./lib/citations.ts').Citations;
    /** Set by the page shell: each source's publisher and its kind, for source lists. */
    publishers?: Map<string, import('./lib/source-mix.ts').Resolved>;
    /** How many chapter tables have rendered so far, to name each one. */
    tables?: number;
  }
}
