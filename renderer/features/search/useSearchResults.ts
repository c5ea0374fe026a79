// Runs a search and keeps the last answer on screen while the next one is on its way, so
// typing never clears the page; an answer that arrives after a newer search began is dropped.
import { useEffect, useState } from 'react';
import { useApp } from '../../services/context';
import type { SearchOptions, SearchResults } from '../../db/types';

interface Answer {
  key: string;
  results: SearchResults | null;
  error: string | null;
}

export interface SearchState {
  /** The latest answer, possibly for an earlier query (see `pending`). */
  results: SearchResults | null;
  /** The error of the current search, if it failed. */
  error: string | null;
  /** True while the shown answer is not for the current query and filters. */
  pending: boolean;
}

export function useSearchResults(query: string, options: SearchOptions): SearchState {
  const { db } = useApp();
  const key = JSON.stringify([query, options]);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!query.trim()) return;
    let current = true;
    const [q, o] = JSON.parse(key) as [string, SearchOptions];
    db.search(q, o).then(
      (results) => current && setAnswer({ key, results, error: null }),
      (error: unknown) =>
        current &&
        setAnswer((last) => ({
          key,
          results: last?.results ?? null,
          error: error instanceof Error ? error.message : String(error),
        })),
    );
    return () => {
      current = false;
    };
    // The key stands for the query and the options.
  }, [db, key, query]);

  return {
    results: answer?.results ?? null,
    error: answer?.key === key ? answer.error : null,
    pending: answer?.key !== key,
  };
}
