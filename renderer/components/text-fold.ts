// Text folding for the filters of the palette, the Bookmarks screen and the Notes screen:
// case- and accent-insensitive, so "susa" finds Şuşa and "lacin" finds Laçın.

// Letters that Unicode does not decompose into a base letter and a mark, yet readers type
// without their accent (Azerbaijani ı and ə above all).
const LETTERS: Record<string, string> = {
  ı: 'i',
  ə: 'e',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Lower case, accents removed, every run of punctuation or space turned into one space. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL, (c) => LETTERS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether every word of the query occurs, folded, somewhere in one of the texts. */
export function matchesAllWords(query: string, ...texts: string[]): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(foldText).join(' ');
  return words.every((w) => haystack.includes(w));
}
