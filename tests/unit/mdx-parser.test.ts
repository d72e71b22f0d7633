import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { parserFile } from '../../src/lib/mdx-parser.ts';
import { scanComponents } from '../../src/lib/mdx-scan.ts';

const requireHere = createRequire(join(process.cwd(), 'package.json'));
const versionOf = (file: string) => {
  let dir = dirname(file);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
};

test('the content check parses chapters with the satteri that Astro’s MDX pipeline imports', () => {
  // The file @astrojs/markdown-satteri's MDX compiler imports satteri from, resolved as Node resolves it there.
  const markdown = createRequire(
    createRequire(requireHere.resolve('@astrojs/mdx')).resolve('@astrojs/markdown-satteri'),
  );
  const astroParser = createRequire(markdown.resolve('./mdx/create-processor.js')).resolve('satteri');
  expect(parserFile).toBe(astroParser);
  expect(versionOf(parserFile).name).toBe('satteri');
});

test('satteri is not a dependency of the project, so it cannot drift from Astro’s', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
  expect(pkg.dependencies?.satteri ?? pkg.devDependencies?.satteri).toBeUndefined();
});

test('the parser reads JSX components with their line', () => {
  expect(scanComponents('Text\n\n<Cite id="a" />')).toEqual([{ name: 'Cite', attrs: { id: 'a' }, line: 3 }]);
});
