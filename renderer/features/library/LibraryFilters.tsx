// The library's filter and sort controls: native selects, each option with the number of items
// it would show.
import { useId } from 'react';
import { FacetSelect } from '../../components/FacetSelect';
import { FACETS, type Facet, type FacetOption, type Filters, type SortKey } from './browse';

const FACET_LABELS: Record<Facet, { label: string; any: string }> = {
  kind: { label: 'Type', any: 'All types' },
  topic: { label: 'Topic', any: 'All topics' },
  category: { label: 'Event category', any: 'All categories' },
  era: { label: 'Era', any: 'All eras' },
  place: { label: 'Place', any: 'All places' },
};

const SORT_LABELS: Record<SortKey, string> = {
  date: 'Date, oldest first',
  'date-desc': 'Date, newest first',
  title: 'Title, A–Z',
  read: 'Recently read',
};

interface Props {
  options: Record<Facet, FacetOption[]>;
  filters: Filters;
  /** Items matching the other filters, for each facet's "All" option. */
  totals: Record<Facet, number>;
  sort: SortKey;
  onFilter(facet: Facet, value: string): void;
  onSort(sort: SortKey): void;
  onClear(): void;
}

export function LibraryFilters({
  options,
  filters,
  totals,
  sort,
  onFilter,
  onSort,
  onClear,
}: Props) {
  const id = useId();
  const active = FACETS.some((f) => filters[f] !== undefined);
  return (
    <div className="library-filters" role="group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="library-filters-heading">
        Sort and filter
      </h2>
      <div className="library-field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select id={`${id}-sort`} value={sort} onChange={(e) => onSort(e.target.value as SortKey)}>
          {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      {FACETS.map((facet) => (
        <FacetSelect
          key={facet}
          id={`${id}-${facet}`}
          className="library-field"
          label={FACET_LABELS[facet].label}
          anyLabel={FACET_LABELS[facet].any}
          total={totals[facet]}
          choices={options[facet]}
          value={filters[facet] ?? ''}
          onChange={(value) => onFilter(facet, value)}
        />
      ))}
      {/* aria-disabled rather than disabled, so the button keeps focus after clearing. */}
      <button
        type="button"
        onClick={() => active && onClear()}
        aria-disabled={!active}
        className="library-clear"
      >
        Clear filters
      </button>
    </div>
  );
}
