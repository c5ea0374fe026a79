// Reading what a person typed into search: words, phrases, OR and NOT, with limits so that no
// input can form an FTS operator or a syntax error by accident.
import { wordsOf } from '../spelling';

export const MAX_TERMS = 24;
export const MAX_INPUT = 2_000;

export interface Token {
  words: string[];
  quoted: boolean;
  negated: boolean;
  /** Joined to the previous token by OR. */
  orWithPrevious: boolean;
  /** The last word of the input, still being typed. */
  typing: boolean;
}

/**
 * Splits free text into terms. Only letters and digits reach the engine, so no input can form
 * an operator or a syntax error by accident. What a reader may use on purpose:
 * - words, all of which must match; the last word, while still being typed, matches as a prefix;
 * - "quoted text" and hyphenated-words as phrases (an unclosed quote runs to the end);
 * - OR between two terms (in capitals, as in most search boxes);
 * - -word, -"a phrase" or NOT word to leave out results that have it.
 */
export function tokenize(input: string): Token[] {
  const text = input.slice(0, MAX_INPUT).normalize('NFKC');
  const typingLast = !/\s$/.test(text) && !text.trimEnd().endsWith('"');
  const raw = [...text.matchAll(/(-?)"([^"]*)"?|(\S+)/g)];
  const tokens: Token[] = [];
  let pendingOr = false;
  let pendingNot = false;
  raw.forEach((match, index) => {
    const [, minus, quotedText, bare] = match;
    if (bare === 'OR') {
      pendingOr = tokens.some((t) => !t.negated);
      return;
    }
    if (bare === 'NOT') {
      pendingNot = true;
      return;
    }
    const negated = pendingNot || minus === '-' || (bare !== undefined && bare.startsWith('-'));
    const words = wordsOf(quotedText ?? bare ?? '', MAX_TERMS);
    pendingNot = false;
    if (!words.length || tokens.length >= MAX_TERMS) return;
    const quoted = quotedText !== undefined;
    tokens.push({
      words,
      quoted,
      negated,
      orWithPrevious: pendingOr && !negated,
      typing: index === raw.length - 1 && typingLast && !quoted && !negated,
    });
    pendingOr = false;
  });
  return tokens;
}
