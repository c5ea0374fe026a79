// Everything the user bookmarked: sorted and filtered by kind, tag and text, with tags to
// add and remove, and Remove followed by a few seconds in which Undo puts it back.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bookmark } from '../../db/types';
import { Loading } from '../../components/Loading';
import {
  NO_FILTER,
  positionLabel,
  tagCounts,
  visibleBookmarks,
  type BookmarkFilter,
  type BookmarkSort,
} from './bookmark-list';
import { BookmarkFilters } from './BookmarkFilters';
import { BookmarkItem } from './BookmarkItem';
import { UndoToast } from '../../components/UndoToast';
import { useBookmarks } from './useBookmarks';
import '../../components/annotations.css';
import './bookmarks.css';

const TAG_LIST_ID = 'bookmark-tag-options';

export function BookmarksScreen() {
  const [state, actions, failure] = useBookmarks();
  const [filter, setFilter] = useState<BookmarkFilter>(NO_FILTER);
  const [sort, setSort] = useState<BookmarkSort>('newest');
  const [removed, setRemoved] = useState<Bookmark | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Where keyboard focus goes once the list has changed: a bookmark's link, or the heading.
  const pendingFocus = useRef<number | 'heading' | null>(null);

  const all = useMemo(() => (state.status === 'done' ? state.bookmarks : []), [state]);
  const shown = useMemo(() => visibleBookmarks(all, filter, sort), [all, filter, sort]);
  const tags = useMemo(() => tagCounts(all), [all]);

  useEffect(() => {
    const wanted = pendingFocus.current;
    if (wanted === null) return;
    pendingFocus.current = null;
    const link =
      wanted === 'heading'
        ? null
        : listRef.current?.querySelector<HTMLElement>(`[data-bookmark-id="${wanted}"] a`);
    (link ?? headingRef.current)?.focus();
  }, [shown]);

  const expire = useCallback(() => setRemoved(null), []);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return <p role="alert">Bookmarks could not be listed: {state.message}</p>;

  const remove = async (bookmark: Bookmark) => {
    // The Remove button goes with its bookmark: focus moves on to the next one.
    const at = shown.findIndex((b) => b.id === bookmark.id);
    const neighbour = shown[at + 1] ?? shown[at - 1];
    pendingFocus.current = neighbour ? neighbour.id : 'heading';
    const row = await actions.remove(bookmark);
    if (row) setRemoved(row);
    else pendingFocus.current = null;
  };

  const undo = async () => {
    if (!removed) return;
    const row = removed;
    setRemoved(null);
    pendingFocus.current = row.id;
    await actions.restore(row);
  };

  const filtered = filter.kind !== 'all' || filter.tag !== null || filter.text.trim() !== '';

  return (
    <section aria-labelledby="bookmarks-heading" className="annotations-screen">
      <h1 id="bookmarks-heading" ref={headingRef} tabIndex={-1}>
        Bookmarks
      </h1>
      {failure && (
        <p role="alert" className="annotation-failure">
          {failure}
        </p>
      )}
      {all.length === 0 ? (
        <p>No bookmarks yet. Use the Bookmark button (Ctrl+D) on any article or event.</p>
      ) : (
        <>
          <BookmarkFilters
            filter={filter}
            sort={sort}
            tags={tags}
            onFilter={setFilter}
            onSort={setSort}
          />
          <p className="annotation-count" aria-live="polite">
            {filtered
              ? `Showing ${shown.length} of ${all.length} bookmarks`
              : `${all.length} ${all.length === 1 ? 'bookmark' : 'bookmarks'}`}
          </p>
          {shown.length === 0 ? (
            <p>
              No bookmarks match these filters.{' '}
              <button type="button" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </button>
            </p>
          ) : (
            <ul className="bookmark-list" aria-label="Bookmarked items" ref={listRef}>
              {shown.map((b) => (
                <BookmarkItem
                  key={b.id}
                  bookmark={b}
                  tagListId={TAG_LIST_ID}
                  onRemove={(bookmark) => void remove(bookmark)}
                  onTags={(bookmark, next) => void actions.setTags(bookmark, next)}
                  onPickTag={(tag) => setFilter({ ...filter, tag })}
                />
              ))}
            </ul>
          )}
          <datalist id={TAG_LIST_ID}>
            {tags.map(({ tag }) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </>
      )}
      <div role="status" className="undo-region">
        {removed && (
          <UndoToast
            key={removed.id}
            message={`Removed “${removed.title}”${positionLabel(removed) ? ` (${positionLabel(removed)})` : ''}.`}
            onUndo={() => void undo()}
            onExpire={expire}
          />
        )}
      </div>
    </section>
  );
}
