// The Bookmarks screen's controls: a text filter, kind, tag and sort order.
import type { BookmarkFilter, BookmarkSort } from './bookmark-list';

interface BookmarkFiltersProps {
  filter: BookmarkFilter;
  sort: BookmarkSort;
  tags: { tag: string; count: number }[];
  onFilter: (filter: BookmarkFilter) => void;
  onSort: (sort: BookmarkSort) => void;
}

export function BookmarkFilters({ filter, sort, tags, onFilter, onSort }: BookmarkFiltersProps) {
  // A tag chosen as a filter stays in the list even when its last bookmark loses it.
  const tagOptions =
    filter.tag && !tags.some((t) => t.tag === filter.tag)
      ? [...tags, { tag: filter.tag, count: 0 }]
      : tags;
  return (
    <div className="annotation-filters">
      <label>
        <span>Filter bookmarks</span>
        <input
          type="search"
          value={filter.text}
          placeholder="Title or label"
          onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        />
      </label>
      <label>
        <span>Kind</span>
        <select
          value={filter.kind}
          onChange={(event) =>
            onFilter({ ...filter, kind: event.target.value as BookmarkFilter['kind'] })
          }
        >
          <option value="all">Articles and events</option>
          <option value="article">Articles</option>
          <option value="event">Events</option>
        </select>
      </label>
      <label>
        <span>Tag</span>
        <select
          value={filter.tag ?? ''}
          onChange={(event) => onFilter({ ...filter, tag: event.target.value || null })}
        >
          <option value="">Any tag</option>
          {tagOptions.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Sort by</span>
        <select value={sort} onChange={(event) => onSort(event.target.value as BookmarkSort)}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="title">Title</option>
        </select>
      </label>
    </div>
  );
}
