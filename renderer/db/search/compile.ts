// Compiling a search query to an FTS4 MATCH expression: place names widened to every name the
// gazetteer knows, words to their other spellings in the index, and for each FTS term the clause
// and alternative it came from, so ranking and "found as" can tell them apart.
import { nameKey } from '../search-index';
import { foldAccents, wordsOf } from '../spelling';
import type { NameExpansion } from '../types';
import { EMPTY_LEXICON, type Lexicon, type PlaceEntry } from './lexicon';
import { datesIn, type DateRange } from './query-dates';
import { MAX_INPUT, MAX_TERMS, tokenize, type Token } from './tokens';

const MAX_ALTERNATIVES = 16;
/** A match in another name of a place counts for less than the name as typed. */
const ALIAS_WEIGHT = 0.5;

interface Phrase {
  words: string[];
  prefix: boolean;
}

export interface Clause {
  alternatives: Phrase[];
  /** Set when the clause is a place name widened to its other forms. */
  name?: { typed: string; entries: PlaceEntry[] };
}

export interface CompiledQuery {
  expression: string;
  /** For each FTS term number: the clause and alternative it belongs to. */
  terms: { clause: number; alternative: number }[];
  clauses: Clause[];
  names: NameExpansion[];
  /** The plain words typed, for spelling suggestions. */
  words: string[];
  /** BM25 weight of each phrase, in the order FTS numbers them. */
  phraseWeights: number[];
  /** Dates named in the query ("19 September 2023", "May 1994", "1988"). */
  dates: DateRange[];
}

function phraseOf(token: Token): Phrase {
  const single = token.words.length === 1 && !token.quoted;
  return { words: token.words, prefix: single && token.typing && token.words[0]!.length >= 2 };
}

function formPhrase(form: string): Phrase {
  return { words: wordsOf(form, MAX_TERMS), prefix: false };
}

function samePhrase(a: Phrase, b: Phrase): boolean {
  return a.prefix === b.prefix && a.words.join(' ') === b.words.join(' ');
}

function sameAlternatives(a: Phrase[], b: Phrase[]): boolean {
  return a.length === b.length && a.every((p, k) => samePhrase(p, b[k]!));
}

function pushUnique(list: Phrase[], phrase: Phrase): void {
  if (phrase.words.length && !list.some((p) => samePhrase(p, phrase))) list.push(phrase);
}

/**
 * Other spellings of a word or hyphenated name found in the index: each word may take any of
 * its variants (Ter-Petrossian → ter petrosyan).
 */
function spellings(words: readonly string[], lexicon: Lexicon): string[][] {
  let combos: string[][] = [[]];
  for (const word of words) {
    const options = [word, ...lexicon.variants(word)];
    combos = combos.flatMap((c) => options.map((o) => [...c, o])).slice(0, MAX_ALTERNATIVES);
  }
  return combos.slice(1);
}

/** The longest run of plain tokens from `start` that is a place name, with the places. */
function matchName(
  tokens: Token[],
  start: number,
  lexicon: Lexicon,
): { end: number; entries: PlaceEntry[] } | null {
  if (!lexicon.longestName) return null;
  let best: { end: number; entries: PlaceEntry[] } | null = null;
  const words: string[] = [];
  for (let end = start; end < tokens.length; end++) {
    const t = tokens[end]!;
    if (t.quoted || t.negated || (end > start && t.orWithPrevious)) break;
    if (end + 1 < tokens.length && tokens[end + 1]!.orWithPrevious && end > start) break;
    words.push(...t.words);
    if (words.length > lexicon.longestName) break;
    const entries = lexicon.placesNamed(nameKey(words));
    if (entries.length) best = { end, entries };
  }
  return best;
}

/** Builds the FTS4 MATCH expression, or null when nothing searchable is left. */
export function compileQuery(
  input: string,
  lexicon: Lexicon = EMPTY_LEXICON,
): CompiledQuery | null {
  const tokens = tokenize(input);
  const clauses: Clause[] = [];
  const excluded: Phrase[] = [];
  const names: NameExpansion[] = [];
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.negated) {
      pushUnique(excluded, { words: token.words, prefix: false });
      continue;
    }
    const alternatives: Phrase[] = [];
    let name: Clause['name'];
    const found = token.quoted ? null : matchName(tokens, i, lexicon);
    if (found) {
      const span = tokens.slice(i, found.end + 1);
      const typedWords = span.flatMap((t) => t.words);
      const last = span[span.length - 1]!;
      pushUnique(alternatives, {
        words: typedWords,
        prefix: typedWords.length === 1 && last.typing,
      });
      if (typedWords.length > 1) pushUnique(alternatives, { words: typedWords, prefix: false });
      for (const entry of found.entries) {
        for (const form of entry.forms) {
          if (alternatives.length >= MAX_ALTERNATIVES) break;
          pushUnique(alternatives, formPhrase(form));
        }
      }
      const typed = input
        .slice(0, MAX_INPUT)
        .normalize('NFKC')
        .match(new RegExp(typedWords.map(escapeRegExp).join('[^\\p{L}\\p{N}\\p{M}]+'), 'iu'))?.[0];
      name = { typed: typed ?? typedWords.join(' '), entries: found.entries };
      for (const entry of found.entries) {
        names.push({
          typed: name.typed,
          placeId: entry.placeId,
          placeName: entry.placeName,
          alternatives: entry.forms.filter(
            (f) => foldAccents(f) !== foldAccents(name!.typed) && formPhrase(f).words.length,
          ),
        });
      }
      i = found.end;
    } else {
      const phrase = phraseOf(token);
      pushUnique(alternatives, phrase);
      if (!token.quoted) {
        for (const words of spellings(token.words, lexicon)) {
          if (alternatives.length >= MAX_ALTERNATIVES) break;
          pushUnique(alternatives, { words, prefix: false });
        }
      }
      if (!token.quoted) words.push(...token.words);
    }
    const clause: Clause = name ? { alternatives, name } : { alternatives };
    if (token.orWithPrevious && clauses.length) {
      const previous = clauses[clauses.length - 1]!;
      for (const phrase of clause.alternatives) pushUnique(previous.alternatives, phrase);
      if (!previous.name && clause.name) previous.name = clause.name;
    } else if (!clauses.some((c) => sameAlternatives(c.alternatives, alternatives))) {
      clauses.push(clause);
    }
  }
  if (!clauses.length) return null;

  const phraseWeights = clauses.flatMap((clause) =>
    clause.alternatives.map((_, a) => (clause.name && a > 0 ? ALIAS_WEIGHT : 1)),
  );
  const terms: CompiledQuery['terms'] = [];
  const render = (phrase: Phrase, clause: number, alternative: number): string => {
    for (let k = 0; k < phrase.words.length; k++) terms.push({ clause, alternative });
    return phrase.prefix ? `${phrase.words[0]}*` : `"${phrase.words.join(' ')}"`;
  };
  const parts = clauses.map((clause, c) => {
    const rendered = clause.alternatives.map((p, a) => render(p, c, a));
    return rendered.length > 1 ? `(${rendered.join(' OR ')})` : rendered[0]!;
  });
  let expression = parts.join(' ');
  if (excluded.length) {
    const base =
      parts.length === 1 && clauses[0]!.alternatives.length > 1 ? expression : `(${expression})`;
    expression = `${base}${excluded.map((p) => ` NOT "${p.words.join(' ')}"`).join('')}`;
  }
  return { expression, terms, clauses, names, words, phraseWeights, dates: datesIn(input) };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The FTS4 expression alone, without a lexicon: what the query language itself makes. */
export function toMatchExpression(input: string): string | null {
  return compileQuery(input)?.expression ?? null;
}
