// The library: every article and event in one browsable list, with faceted filters, three
// sort orders and the items the reader left part-way through.
import { useMemo } from 'react';
import { useApp } from '../../services/context';
import { useQuery } from '../../services/useQuery';
import { Loading } from '../../components/Loading';
import { countLabel, facetOptions, filterItems, sortItems } from './browse';
import { ContinueReading } from './ContinueReading';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import { useLibraryView } from './useLibraryView';
import './library.css';

export function LibraryScreen() {
  const { db } = useApp();
  // One query for everything, so the page lays out once and a restored scroll position holds.
  const data = useQuery(
    () => Promise.all([db.browseItems(), db.listProgress(), db.listInProgress()]),
    [db],
  );
  const view = useLibraryView();
  const { filters, sort } = view;

  const all = data.status === 'done' ? data.data[0] : null;
  const progress = data.status === 'done' ? data.data[1] : null;
  const readAt = useMemo(
    () => new Map((progress ?? []).map((p) => [p.targetId, p.updatedAt])),
    [progress],
  );
  const facets = useMemo(() => (all ? facetOptions(all, filters) : null), [all, filters]);
  const shown = useMemo(
    () => (all ? sortItems(filterItems(all, filters), sort, readAt) : []),
    [all, filters, sort, readAt],
  );

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error')
    return <p role="alert">The library could not be listed: {data.message}</p>;

  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading">Library</h1>
      <ContinueReading items={data.data[2]} />
      <div className="library-browse">
        {facets && (
          <LibraryFilters
            options={facets.options}
            totals={facets.totals}
            filters={filters}
            sort={sort}
            onFilter={view.setFilter}
            onSort={view.setSort}
            onClear={view.clearFilters}
          />
        )}
        <div className="library-results">
          <h2 className="library-results-heading">Articles and events</h2>
          <p className="library-count" role="status">
            {countLabel(shown.length)}
          </p>
          {shown.length === 0 ? (
            <p>Nothing matches these filters. Clear a filter to see more.</p>
          ) : (
            <LibraryList items={shown} />
          )}
        </div>
      </div>
    </section>
  );
}
