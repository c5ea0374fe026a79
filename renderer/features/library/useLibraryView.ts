// The library's filters and sort order, kept in sessionStorage so Back from an article returns
// to the same view (and a reload of the tab keeps it), while a new window starts fresh.
import { useCallback, useEffect, useState } from 'react';
import { cleanFilters, isSortKey, type Facet, type Filters, type SortKey } from './browse';

const KEY = 'library.view';

export interface LibraryView {
  filters: Filters;
  sort: SortKey;
}

const DEFAULT_VIEW: LibraryView = { filters: {}, sort: 'date' };

function readView(): LibraryView {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_VIEW;
    const { filters, sort } = raw as Record<string, unknown>;
    return { filters: cleanFilters(filters), sort: isSortKey(sort) ? sort : DEFAULT_VIEW.sort };
  } catch {
    // Storage may be unavailable or hold something from an older build: start fresh.
    return DEFAULT_VIEW;
  }
}

export function useLibraryView() {
  const [view, setView] = useState(readView);

  useEffect(() => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(view));
    } catch {
      // Not being able to remember the view is no reason to fail the screen.
    }
  }, [view]);

  const setFilter = useCallback((facet: Facet, value: string) => {
    setView((current) => {
      const filters = { ...current.filters };
      if (value === '') delete filters[facet];
      else filters[facet] = value;
      return { ...current, filters };
    });
  }, []);
  const setSort = useCallback((sort: SortKey) => setView((c) => ({ ...c, sort })), []);
  const clearFilters = useCallback(() => setView((c) => ({ ...c, filters: {} })), []);

  return { ...view, setFilter, setSort, clearFilters };
}
