// A toggle that bookmarks the item on screen; its pressed state is the saved state.
export function BookmarkButton({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="bookmark-button" aria-pressed={pressed} onClick={onToggle}>
      <span aria-hidden="true">{pressed ? '★' : '☆'}</span> Bookmark
    </button>
  );
}
