/** Place names: folding for comparison and search ("Cəbrayıl" matches "Cebrayil"). */

const SPECIAL: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ş: 's',
  ç: 'c',
  ğ: 'g',
  ö: 'o',
  ü: 'u',
  ʼ: '',
  "'": '',
  '’': '',
};

/** Lowercase, without diacritics or apostrophes, single-spaced: the key two spellings share. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[əışçğöüʼ'’]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The language a name is written in, for `lang` on it: Cyrillic is Russian, Armenian script Armenian; Azerbaijani by kind. */
export function nameLang(name: { name: string; kind: string }): 'ru' | 'hy' | 'az' | undefined {
  if (/\p{Script=Cyrillic}/u.test(name.name)) return 'ru';
  if (/\p{Script=Armenian}/u.test(name.name)) return 'hy';
  return name.kind === 'azerbaijani' ? 'az' : undefined;
}
