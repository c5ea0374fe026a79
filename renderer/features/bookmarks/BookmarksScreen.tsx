// Everything the user bookmarked, newest first.
import { useApp } from '../../app/context';
import { itemHref } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import { Loading } from '../../components/Loading';

export function BookmarksScreen() {
  const { db } = useApp();
  const bookmarks = useQuery(() => db.listBookmarks(), [db]);
  if (bookmarks.status === 'loading') return <Loading />;
  if (bookmarks.status === 'error')
    return <p role="alert">Bookmarks could not be listed: {bookmarks.message}</p>;
  return (
    <section aria-labelledby="bookmarks-heading">
      <h1 id="bookmarks-heading">Bookmarks</h1>
      {bookmarks.data.length === 0 ? (
        <p>No bookmarks yet. Use the Bookmark button (Ctrl+D) on any article or event.</p>
      ) : (
        <ul className="item-list" aria-label="Bookmarked items">
          {bookmarks.data.map((b) => (
            <li key={b.id} className="item">
              <a href={itemHref(b.targetId)}>{b.title}</a>
              <span className="item-meta">
                <span className="kind-label">{b.kind === 'article' ? 'Article' : 'Event'}</span>{' '}
                saved {b.createdAt.slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
