// What to do when nothing matches: another spelling that finds something, the results the
// filters hide, and how to write a broader search.
import { hrefFor, navigate, type SearchRoute } from '../../services/router';
import type { SearchResults } from '../../db/types';
import { resultsLabel, shortQuery, withoutFilters } from './search-filters';
import { SearchTips } from './SearchTips';

export function NoResults({ route, results }: { route: SearchRoute; results: SearchResults }) {
  return (
    <div className="search-empty">
      <p className="search-empty-lead">
        No results. Nothing in the library or in your notes and highlights matches “
        {shortQuery(route.query)}”.
      </p>
      {results.suggestion && <Suggestion route={route} suggestion={results.suggestion} />}
      {results.withoutFilters ? (
        <p className="search-without-filters">
          No results with these filters; {resultsLabel(results.withoutFilters)} without them.{' '}
          <button type="button" onClick={() => navigate(withoutFilters(route))}>
            Clear filters
          </button>
        </p>
      ) : null}
      <SearchTips />
    </div>
  );
}

export function Suggestion({ route, suggestion }: { route: SearchRoute; suggestion: string }) {
  return (
    <p className="search-suggestion">
      Did you mean <a href={hrefFor({ ...route, query: suggestion })}>{suggestion}</a>?
    </p>
  );
}
