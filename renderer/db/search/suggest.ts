// "Did you mean": another spelling of a query that found nothing, from the indexed vocabulary.
import type { Database } from 'sql.js';
import { editDistance } from '../spelling';
import { countMatches } from './candidates';
import { compileQuery, escapeRegExp, type CompiledQuery } from './compile';
import type { Lexicon } from './lexicon';
import { MAX_INPUT } from './tokens';

/**
 * Another spelling of the query that finds something: each unknown word replaced by the
 * closest indexed word (at most two edits, more common words first).
 */
export function suggestSpelling(
  dbs: readonly Database[],
  query: string,
  compiled: CompiledQuery,
  lexicon: Lexicon,
): string | null {
  const unknown = compiled.words.filter((w) => w.length >= 4 && lexicon.docsWith(w) === 0);
  if (!unknown.length || unknown.length > 6) return null;
  let suggestion = query.slice(0, MAX_INPUT);
  let changed = false;
  for (const word of unknown) {
    const max = word.length >= 7 ? 2 : 1;
    let best: { term: string; distance: number; docs: number } | null = null;
    for (const { term, docs } of lexicon.vocabulary()) {
      if (Math.abs(term.length - word.length) > max) continue;
      const distance = editDistance(word, term, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && docs > best.docs)) {
        best = { term, distance, docs };
      }
    }
    if (!best) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}\\p{M}])${escapeRegExp(word)}(?![\\p{L}\\p{N}\\p{M}])`,
      'iu',
    );
    suggestion = suggestion.replace(pattern, (typed) =>
      /^\p{Lu}/u.test(typed) ? best.term[0]!.toUpperCase() + best.term.slice(1) : best.term,
    );
    changed = true;
  }
  if (!changed) return null;
  const retry = compileQuery(suggestion, lexicon);
  if (!retry || dbs.every((db) => countMatches(db, retry) === 0)) return null;
  return suggestion.trim();
}
