// Full-text search: turns what a person typed into a safe FTS4 query, widens place names to
// every name the gazetteer knows and words to their other transliterations, ranks with BM25
// computed from matchinfo, and returns marked snippets. The same code searches the content
// DB and the index of the user's notes and highlights.
//
// The parts live in renderer/db/search/: reading the query (tokens, query-dates), the lexicon,
// compiling to FTS4 (compile), ranking, running it (candidates, hits) and spelling suggestions.
import type { Database } from 'sql.js';
import {
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  type SearchOptions,
  type SearchResults,
} from './types';
import {
  candidates,
  countMatches,
  emptyCounts,
  hasFilters,
  type Candidate,
} from './search/candidates';
import { compileQuery } from './search/compile';
import { describeHits } from './search/hits';
import { lexiconOf } from './search/lexicon';
import { suggestSpelling } from './search/suggest';

export { compileQuery, toMatchExpression, type CompiledQuery } from './search/compile';
export { datesIn } from './search/query-dates';
export { lexiconOf, type Lexicon } from './search/lexicon';
export { bm25 } from './search/ranking';
export { dateBound, emptyCounts } from './search/candidates';

function emptyResults(query: string): SearchResults {
  return {
    query,
    hits: [],
    counts: emptyCounts(),
    total: 0,
    names: [],
    suggestion: null,
    withoutFilters: null,
  };
}

/**
 * Searches one or more indexes (the content DB, then the user's) with one query. The first
 * database supplies the gazetteer and the vocabulary.
 */
export function searchIndexes(
  dbs: readonly Database[],
  query: string,
  options: SearchOptions = {},
): SearchResults {
  if (!dbs.length) return emptyResults(query);
  const lexicon = lexiconOf(dbs[0]!);
  const compiled = compileQuery(query, lexicon);
  if (!compiled) return emptyResults(query);
  const limit = Math.max(1, Math.min(Math.trunc(options.limit ?? 50) || 50, 500));
  const kinds = new Set<SearchKind>(
    options.kinds?.length ? options.kinds.filter((k) => SEARCH_KINDS.includes(k)) : SEARCH_KINDS,
  );

  const counts = emptyCounts();
  const found: Candidate[] = [];
  for (const db of dbs) {
    const part = candidates(db, compiled, options, limit);
    found.push(...part.found);
    for (const k of SEARCH_KINDS) counts[k] += part.counts[k];
  }
  const wanted = found
    .filter((c) => kinds.has(c.kind))
    .sort((a, b) => b.score - a.score || a.docid - b.docid);
  const perKind = emptyCounts();
  const chosen = wanted.filter((c) => ++perKind[c.kind] <= limit);

  const hits: SearchHit[] = [];
  for (const db of dbs) {
    hits.push(
      ...describeHits(
        db,
        compiled,
        chosen.filter((c) => c.db === db),
      ),
    );
  }
  hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  const total = [...kinds].reduce((sum, k) => sum + counts[k], 0);
  let withoutFilters: number | null = null;
  if (total === 0 && hasFilters(options)) {
    withoutFilters = dbs.reduce((sum, db) => sum + countMatches(db, compiled), 0);
  }
  const suggestion =
    total === 0 && !withoutFilters ? suggestSpelling(dbs, query, compiled, lexicon) : null;
  return {
    query,
    hits,
    counts,
    total,
    names: compiled.names,
    suggestion,
    withoutFilters,
  };
}

/** The content DB alone. */
export function searchContent(
  db: Database,
  query: string,
  options: SearchOptions = {},
): SearchResults {
  return searchIndexes([db], query, options);
}
