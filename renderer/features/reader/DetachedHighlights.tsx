// Highlights whose passage is no longer in the article (the text changed in a newer release
// of the library): kept and shown with their quote and note, never dropped.
import type { Highlight } from '../../db/types';

interface DetachedHighlightsProps {
  highlights: Highlight[];
  onRemove: (id: number) => void;
}

export function DetachedHighlights({ highlights, onRemove }: DetachedHighlightsProps) {
  const detached = highlights.filter((h) => h.range === null);
  if (!detached.length) return null;
  return (
    <section aria-labelledby="detached-heading" className="detached">
      <h2 id="detached-heading">Detached highlights</h2>
      <p className="muted">
        The article has changed since you made these highlights and their passages are no longer in
        it. They are kept here with your notes.
      </p>
      <ul>
        {detached.map((h) => (
          <li key={h.id} className={`detached-item hl-border-${h.colour}`}>
            <blockquote>{h.quote}</blockquote>
            {h.note && <p className="detached-note">Note: {h.note}</p>}
            <p className="muted detached-meta">
              Highlighted {h.createdAt.slice(0, 10)}{' '}
              <button type="button" className="small-button" onClick={() => onRemove(h.id)}>
                Remove
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
