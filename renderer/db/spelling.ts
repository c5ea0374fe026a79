// Spelling keys for names and words that come in several transliterations. Two words with the
// same skeleton are treated as the same word by search: Xankəndi / Khankandi, Cəbrayıl /
// Jabrayil, Ağdam / Aghdam / Agdam, Gubadly / Qubadlı, Ter-Petrossian / Ter-Petrosyan.

/** Letters of the Azerbaijani and Turkish alphabets written as their usual Latin digraphs. */
const LETTERS: Record<string, string> = {
  ə: 'a',
  ı: 'i',
  ğ: 'gh',
  ş: 'sh',
  ç: 'ch',
  ö: 'o',
  ü: 'u',
  x: 'kh',
  q: 'g',
};

/** Lower case without accents, as the search index stores words: "Şuşa" → "susa". */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/**
 * The spelling-independent key of one word: Azerbaijani letters become digraphs, then
 * kh/x, gh/ğ/g, j/c, y/i and doubled letters fall together. Only Latin letters change;
 * Armenian and Cyrillic words are returned folded but otherwise as they are.
 */
export function skeleton(word: string, schwa: 'a' | 'e' = 'a'): string {
  let w = word.toLowerCase();
  w = w.replace(/[əışçöüğxq]/g, (c) => (c === 'ə' ? schwa : (LETTERS[c] ?? c)));
  w = foldAccents(w);
  w = w
    .replace(/c(?!h)/g, 'j')
    .replace(/gh/g, 'g')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return w;
}

/**
 * Every skeleton of a word: the Azerbaijani ə is written a in some names (Kəlbəcər →
 * Kalbajar) and e in others (Xankəndi → Khankendi), so a word with ə has both.
 */
export function skeletons(word: string): string[] {
  const a = skeleton(word, 'a');
  const e = skeleton(word, 'e');
  return a === e ? [a] : [a, e];
}

/** The words of a text as the search index splits them (letters, digits and marks). */
export function wordsOf(text: string, max = Infinity): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.length > max ? words.slice(0, max) : words;
}

/** Edit distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
