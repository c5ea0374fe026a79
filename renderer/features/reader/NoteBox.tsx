// The reader's own note on an article or event: Markdown in a text box, saved as they type,
// with a Preview that shows it rendered.
import { useId, useState, useSyncExternalStore } from 'react';
import { useApp } from '../../services/context';
import { MarkdownPreview } from '../../components/MarkdownPreview';
import { useNote, type NoteState } from './useNote';
import type { SaveState } from '../../platform/user-saver';

// "Saved" means on disk, as in the footer: a note the library holds but the saver has not yet
// written still says "Saving…".
function statusText(note: NoteState, disk: SaveState['state']): string {
  if (note === 'saving') return 'Saving…';
  if (note !== 'saved') return '';
  if (disk === 'saved') return 'Saved';
  if (disk === 'pending' || disk === 'saving') return 'Saving…';
  return 'Not saved yet';
}

export function NoteBox({ targetId }: { targetId: string }) {
  const { saver } = useApp();
  const { text, state, error, change, flush } = useNote(targetId);
  const disk = useSyncExternalStore(saver.subscribe, () => saver.current.state);
  const [preview, setPreview] = useState(false);
  const id = useId();

  return (
    <div className="note-box">
      <div className="note-head">
        <label htmlFor={`${id}-text`}>Note</label>
        <span className="muted note-hint" id={`${id}-hint`}>
          Markdown: **bold**, *italic*, - lists
        </span>
        <span role="status" className="note-status">
          {statusText(state, disk)}
        </span>
        <button
          type="button"
          className="small-button"
          aria-pressed={preview}
          onClick={() => setPreview(!preview)}
        >
          Preview
        </button>
      </div>
      {preview ? (
        text.trim() ? (
          <MarkdownPreview className="note-preview" label="Note preview" markdown={text} />
        ) : (
          <p className="note-preview muted">Nothing written yet.</p>
        )
      ) : (
        <textarea
          id={`${id}-text`}
          className="note-text"
          rows={3}
          value={text}
          disabled={state === 'loading'}
          aria-describedby={`${id}-hint`}
          placeholder="Your note, kept on this computer"
          onChange={(event) => change(event.target.value)}
          onBlur={flush}
        />
      )}
      {error && (
        <p role="alert" className="note-error">
          The note was not saved: {error}
        </p>
      )}
    </div>
  );
}
