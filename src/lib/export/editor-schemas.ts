/** The files that give editors' IDEs schema hints for content files: path → text. */
import { collectionNames } from '../../schemas/common.ts';
import { editorJsonSchema } from './json-schema.ts';

const DATA = collectionNames.filter((c) => c !== 'articles');

export function editorSchemaFiles(): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files: Record<string, string> = {};
  for (const collection of DATA)
    files[`.vscode/schemas/${collection}.schema.json`] = json(editorJsonSchema(collection));
  files['.vscode/settings.json'] = json({
    'json.schemas': DATA.map((collection) => ({
      fileMatch: [`/src/content/${collection}/**/*.json`],
      url: `./.vscode/schemas/${collection}.schema.json`,
    })),
    'files.associations': { '*.mdx': 'markdown' },
  });
  return files;
}
