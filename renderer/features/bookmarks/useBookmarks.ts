// The user's bookmarks as the Bookmarks screen works on them: loaded once, then kept in step
// with each change without reloading the screen (so focus and scroll stay where they are).
import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../services/context';
import type { Bookmark } from '../../db/types';

export type BookmarksState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'done'; bookmarks: Bookmark[] };

export interface BookmarkActions {
  /** Removes a bookmark; resolves to the removed row, for Undo. */
  remove(bookmark: Bookmark): Promise<Bookmark | null>;
  restore(bookmark: Bookmark): Promise<void>;
  setTags(bookmark: Bookmark, tags: string[]): Promise<void>;
}

const changeList =
  (change: (list: Bookmark[]) => Bookmark[]) =>
  (state: BookmarksState): BookmarksState =>
    state.status === 'done' ? { status: 'done', bookmarks: change(state.bookmarks) } : state;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useBookmarks(): [BookmarksState, BookmarkActions, string | null] {
  const { db } = useApp();
  const [state, setState] = useState<BookmarksState>({ status: 'loading' });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    db.listBookmarks().then(
      (bookmarks) => current && setState({ status: 'done', bookmarks }),
      (error: unknown) => current && setState({ status: 'error', message: message(error) }),
    );
    return () => {
      current = false;
    };
  }, [db]);

  // Each action reports a failure in words instead of throwing into the page.
  const attempt = useCallback(async <T>(what: string, run: () => Promise<T>) => {
    try {
      setFailure(null);
      return await run();
    } catch (error) {
      setFailure(`${what} failed: ${message(error)}`);
      return null;
    }
  }, []);

  const remove = useCallback(
    (bookmark: Bookmark) =>
      attempt('Removing the bookmark', async () => {
        const removed = await db.removeBookmark(bookmark.id);
        setState(changeList((list) => list.filter((b) => b.id !== bookmark.id)));
        return removed;
      }),
    [db, attempt],
  );

  const restore = useCallback(
    async (bookmark: Bookmark) => {
      await attempt('Undo', async () => {
        await db.restoreBookmark(bookmark);
        const bookmarks = await db.listBookmarks();
        setState({ status: 'done', bookmarks });
      });
    },
    [db, attempt],
  );

  const setTags = useCallback(
    async (bookmark: Bookmark, tags: string[]) => {
      await attempt('Saving the tags', async () => {
        const saved = await db.setBookmarkTags(bookmark.id, tags);
        setState(
          changeList((list) => list.map((b) => (b.id === bookmark.id ? { ...b, tags: saved } : b))),
        );
      });
    },
    [db, attempt],
  );

  return [state, { remove, restore, setTags }, failure];
}
