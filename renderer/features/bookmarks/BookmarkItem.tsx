// One bookmark: a link to its article or event (to the very place, for a bookmark inside
// an article), what it is, its tags with a field to add more, and Remove.
import { useState } from 'react';
import { itemHref } from '../../services/router';
import type { Bookmark } from '../../db/types';
import { addTags, parsePosition, positionLabel } from './bookmark-list';

/** The key the reader reads on opening an article, to scroll to a bookmarked place. */
export const JUMP_KEY = 'kr.jump';

interface BookmarkItemProps {
  bookmark: Bookmark;
  tagListId: string;
  onRemove: (bookmark: Bookmark) => void;
  onTags: (bookmark: Bookmark, tags: string[]) => void;
  onPickTag: (tag: string) => void;
}

export function BookmarkItem({
  bookmark,
  tagListId,
  onRemove,
  onTags,
  onPickTag,
}: BookmarkItemProps) {
  const [typed, setTyped] = useState('');
  const position = parsePosition(bookmark.position);
  const where = positionLabel(bookmark);
  const name = where ? `${bookmark.title}, ${where}` : bookmark.title;

  return (
    <li className="bookmark" data-bookmark-id={bookmark.id}>
      <div className="bookmark-head">
        <a
          href={itemHref(bookmark.targetId)}
          onClick={() => {
            if (position) {
              sessionStorage.setItem(
                JUMP_KEY,
                JSON.stringify({ id: bookmark.targetId, fraction: position.fraction }),
              );
            }
          }}
        >
          {bookmark.title}
        </a>
        <button
          type="button"
          className="bookmark-remove"
          aria-label={`Remove bookmark: ${name}`}
          onClick={() => onRemove(bookmark)}
        >
          Remove
        </button>
      </div>
      <p className="item-meta">
        <span className="kind-label">{bookmark.kind === 'article' ? 'Article' : 'Event'}</span>
        {where && <span className="bookmark-where"> · {where}</span>} · saved{' '}
        <time dateTime={bookmark.createdAt}>{bookmark.createdAt.slice(0, 10)}</time>
      </p>
      <div className="bookmark-tags">
        {bookmark.tags.length > 0 && (
          <ul className="tag-chips" aria-label={`Tags of ${name}`}>
            {bookmark.tags.map((tag) => (
              <li key={tag} className="tag-chip">
                <button
                  type="button"
                  className="tag-name"
                  aria-label={`Show bookmarks tagged ${tag}`}
                  onClick={() => onPickTag(tag)}
                >
                  {tag}
                </button>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() =>
                    onTags(
                      bookmark,
                      bookmark.tags.filter((t) => t !== tag),
                    )
                  }
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="tag-add"
          onSubmit={(event) => {
            event.preventDefault();
            const next = addTags(bookmark.tags, typed);
            setTyped('');
            if (next.length !== bookmark.tags.length) onTags(bookmark, next);
          }}
        >
          <input
            type="text"
            aria-label="Add tag"
            placeholder="Add tag"
            list={tagListId}
            value={typed}
            maxLength={200}
            onChange={(event) => setTyped(event.target.value)}
          />
        </form>
      </div>
    </li>
  );
}
