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
