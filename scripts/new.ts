/**
 * `npm run new -- <project|place|event|commitment|chapter> <id>`: writes a
 * skeleton with TODO markers; `npm run check` rejects it until they are filled.
 * `npm run new -- translation <az|ru|hy> <collection>/<id> [--whole]`: the same for
 * a translation, beside the English file, with the hash of the English it translates.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContentFiles } from '../src/integrations/content-files.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { buildDate } from '../src/lib/dates.ts';
import { TRANSLATIONS, isTranslation } from '../src/lib/i18n/locales.ts';
import {
  englishHash,
  englishTexts,
  isTranslatedCollection,
  TRANSLATED_COLLECTIONS,
} from '../src/lib/i18n/translatable.ts';
import { idOf } from '../src/lib/integrity/index.ts';
import { parseContentFile } from '../src/lib/integrity/parse.ts';
import { scaffold, SCAFFOLD_KINDS, translationScaffold, type ScaffoldKind } from '../src/lib/scaffold.ts';

const [kind, ...args] = process.argv.slice(2);
try {
  if (kind === 'translation') translation(args);
  else record(kind, args[0]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

function record(kind: string | undefined, id: string | undefined) {
  if (!kind || !id || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
    console.error(
      `usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> <id>\n       npm run new -- translation <${TRANSLATIONS.join('|')}> <collection>/<id> [--whole]`,
    );
    process.exit(2);
  }
  const { path, text } = scaffold(kind as ScaffoldKind, id, buildDate());
  const file = join(contentDir(), path);
  if (existsSync(file)) throw new Error(`${file} already exists; choose another id`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}: fill in every TODO, then run npm run check`);
}

function translation([lang, target, flag]: string[]) {
  const [collection, id] = (target ?? '').split('/');
  if (!isTranslation(lang) || !collection || !id || !isTranslatedCollection(collection)) {
    console.error(
      `usage: npm run new -- translation <${TRANSLATIONS.join('|')}> <collection>/<id> [--whole]\n  collections: ${TRANSLATED_COLLECTIONS.join(', ')}`,
    );
    process.exit(2);
  }
  const dir = contentDir();
  const source = readContentFiles(process.cwd(), dir).find(
    (f) => f.collection === collection && idOf(f.file) === id && !/\.[a-z]{2}\.(json|mdx)$/.test(f.file),
  );
  if (!source) throw new Error(`no English record ${collection}/${id} in ${dir}`);
  const parsed = parseContentFile(source);
  if ('problem' in parsed) throw new Error(`${source.file}: ${parsed.problem.message}`);
  const file = source.file.replace(/\.(json|mdx)$/, `.${lang}.$1`);
  const whole = flag === '--whole';
  if (existsSync(file)) {
    // Updating a stale translation: the hash to write once its texts follow the English again.
    const current = readFileSync(file, 'utf8');
    const body = whole || /^---[\s\S]*?---\s*\S/.test(current) ? parsed.body : undefined;
    const hash = englishHash(
      englishTexts(collection, parsed.data as object, collection === 'articles' ? body : undefined),
    );
    console.log(`${file} exists. Bring its texts in line with ${source.file}, then set "translates" to ${hash}.`);
    return;
  }
  writeFileSync(file, translationScaffold(collection, parsed.data as object, { body: parsed.body, whole }));
  console.log(`wrote ${file}: replace every "TODO translate:" text with its translation, then run npm run check`);
}
