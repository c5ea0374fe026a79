// A highlight opened from the text: change its colour, edit its note or remove it. A small
// non-modal dialog under the mark; Escape or Close returns the focus to the mark.
import { useEffect, useRef, useState } from 'react';
import type { Highlight, HighlightColour } from '../../db/types';
import { ColourPicker } from './ColourPicker';

interface HighlightEditorProps {
  highlight: Highlight;
  position: { top: number; left: number };
  onUpdate: (change: { colour?: HighlightColour; note?: string }) => Promise<void>;
  onRemove: () => Promise<void>;
  /** 'close' returns the focus to the mark; after 'outside' it stays where the reader clicked. */
  onClose: (reason: 'close' | 'removed' | 'outside') => void;
}

export function HighlightEditor({
  highlight,
  position,
  onUpdate,
  onRemove,
  onClose,
}: HighlightEditorProps) {
  const [note, setNote] = useState(highlight.note);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('button[aria-pressed="true"]')?.focus();
  }, []);

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && !dialogRef.current?.contains(target)) onClose('outside');
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [onClose]);

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setStatus(done);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-label="Highlight"
      className="hl-editor popover"
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose('close');
        }
      }}
    >
      <blockquote className="hl-quote">{highlight.quote}</blockquote>
      <ColourPicker
        value={highlight.colour}
        onChange={(colour) => void run(() => onUpdate({ colour }), 'Colour changed')}
      />
      <label className="hl-note-label">
        Highlight note
        <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="hl-toolbar-row">
        <button
          type="button"
          className="primary"
          disabled={note === highlight.note}
          onClick={() => void run(() => onUpdate({ note }), 'Note saved')}
        >
          Save note
        </button>
        <button
          type="button"
          onClick={() =>
            void onRemove().then(
              () => onClose('removed'),
              (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
            )
          }
        >
          Remove highlight
        </button>
        <button type="button" onClick={() => onClose('close')}>
          Close
        </button>
        <span role="status" className="hl-status">
          {status}
        </span>
      </div>
      {error && (
        <p role="alert" className="hl-error">
          {error}
        </p>
      )}
    </div>
  );
}
