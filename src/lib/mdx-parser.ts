/**
 * The MDX parser Astro compiles chapters with (satteri), found the way
 * @astrojs/mdx finds it rather than as a dependency of ours: the content check
 * can never parse chapters with another version than the build does.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type MdxToMdast = (source: string) => unknown;

/** Resolves `chain` one package from the next, starting at the project root. */
export function resolveThrough(root: string, chain: string[]): string {
  let from = join(root, 'package.json');
  for (const name of chain) from = createRequire(from).resolve(name);
  return from;
}

/** @astrojs/mdx → @astrojs/markdown-satteri → satteri, as Astro's build resolves them. */
export const ASTRO_MDX_PARSER = ['@astrojs/mdx', '@astrojs/markdown-satteri', 'satteri'];

export const parserFile = resolveThrough(process.cwd(), ASTRO_MDX_PARSER);

export const mdxToMdast: MdxToMdast = ((await import(pathToFileURL(parserFile).href)) as { mdxToMdast: MdxToMdast })
  .mdxToMdast;
