// One search over articles, events, the user's notes and highlights and imported articles:
// results grouped by kind with counts, filters kept in the link, the last answer kept on
// screen (dimmed) while the next one comes, and help when there is nothing to show.
import { useCallback, useDeferredValue, useEffect } from 'react';
import type { SearchRoute } from '../../services/router';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../db/types';
import { Loading } from '../../components/Loading';
import { KindFilter } from './KindFilter';
import { NameNotice } from './NameNotice';
import { NoResults, Suggestion } from './NoResults';
import { RecentSearches } from './RecentSearches';
import { ResultGroup } from './ResultGroup';
import { SearchFilters } from './SearchFilters';
import { SearchTips } from './SearchTips';
import {
  HITS_PER_GROUP,
  HITS_PER_KIND,
  KIND_NOUNS,
  resultsLabel,
  searchOptions,
  shortQuery,
} from './search-filters';
import { useFilterChoices } from './useFilterChoices';
import { useRecentSearches } from './useRecentSearches';
import { useSearchResults } from './useSearchResults';
import './search.css';

/** How long results stay on screen, with no more typing, before the search counts as made. */
const SETTLED_MS = 2000;

export function SearchScreen({ route }: { route: SearchRoute }) {
  const query = route.query;
  const search = useSearchResults(query, searchOptions(route));
  // Rendering a long list must never hold up the next keystroke.
  const results = useDeferredValue(search.results);
  const { recent, record, clear } = useRecentSearches();
  const choices = useFilterChoices();
  const hasQuery = query.trim() !== '';

  const settled = hasQuery && !search.pending && (search.results?.total ?? 0) > 0;
  useEffect(() => {
    if (!settled) return;
    const timer = setTimeout(() => record(query), SETTLED_MS);
    return () => clearTimeout(timer);
  }, [settled, query, record]);
  const opened = useCallback(() => record(query), [record, query]);

  if (!hasQuery) {
    return (
      <section className="search-screen search-start" aria-labelledby="search-heading">
        <h1 id="search-heading">Search</h1>
        <p className="search-intro">
          One box searches the articles, the events, your notes and highlights, and the articles you
          imported. Type in it above, or press <kbd>/</kbd> to get there.
        </p>
        <RecentSearches recent={recent} onClear={clear} />
        <SearchTips />
      </section>
    );
  }

  const busy = search.pending || results !== search.results;
  return (
    <section className="search-screen" aria-labelledby="search-heading">
      <h1 id="search-heading" className="search-heading">
        Results for “{shortQuery(query)}”
      </h1>
      <div className="search-layout">
        <SearchFilters route={route} choices={choices} />
        <div className="search-main" aria-busy={busy}>
          {/* With nothing found at all, a row of zeros says nothing the text below does not. */}
          {results && (results.total > 0 || route.kind) && (
            <KindFilter route={route} counts={results.counts} total={results.total} />
          )}
          <p className="search-status" role="status">
            {results ? resultsLabel(results.total) : ''}
          </p>
          {search.error && (
            <p role="alert" className="search-failed">
              The search failed: {search.error}
            </p>
          )}
          {!results ? (
            !search.error && <Loading label="Searching…" />
          ) : (
            <div className="search-results">
              <NameNotice route={route} names={results.names} />
              {results.total === 0 ? (
                <NoResults route={route} results={results} />
              ) : (
                <>
                  {results.suggestion && (
                    <Suggestion route={route} suggestion={results.suggestion} />
                  )}
                  <Groups
                    route={route}
                    hits={results.hits}
                    counts={results.counts}
                    onOpen={opened}
                  />
                </>
              )}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function Groups({
  route,
  hits,
  counts,
  onOpen,
}: {
  route: SearchRoute;
  hits: SearchHit[];
  counts: Record<SearchKind, number>;
  onOpen(): void;
}) {
  const byKind = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const list = byKind.get(hit.kind);
    if (list) list.push(hit);
    else byKind.set(hit.kind, [hit]);
  }
  if (route.kind) {
    const kind = route.kind;
    const list = byKind.get(kind) ?? [];
    if (!list.length) {
      return (
        <p className="search-none-of-kind">
          None of the results are {KIND_NOUNS[kind].many}. Choose “All” above to see them.
        </p>
      );
    }
    return (
      <ResultGroup
        route={route}
        kind={kind}
        hits={list}
        count={counts[kind]}
        max={HITS_PER_KIND}
        onOpen={onOpen}
      />
    );
  }
  return (
    <>
      {SEARCH_KINDS.filter((kind) => byKind.has(kind)).map((kind) => (
        <ResultGroup
          key={kind}
          route={route}
          kind={kind}
          hits={byKind.get(kind)!}
          count={counts[kind]}
          max={HITS_PER_GROUP}
          onOpen={onOpen}
        />
      ))}
    </>
  );
}
