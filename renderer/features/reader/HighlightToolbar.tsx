// The small toolbar that appears under a text selection in the article body: pick a colour,
// add a note if you like, and press Highlight (or H). Tab moves into it, Escape closes it.
// The selection may be made with the mouse or the keyboard (caret browsing, Shift+arrows).
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { HighlightColour } from '../../db/types';
import { ColourPicker } from './ColourPicker';
import { rangeToSpan, spanToRange, type TextSpan } from './dom-text';
import { popoverPosition, visibleArea } from './popover';

interface Pending extends TextSpan {
  top: number;
  left: number;
  /** Why the library refused to save this span, shown until the selection changes. */
  error?: string;
}

interface HighlightToolbarProps {
  bodyRef: RefObject<HTMLElement | null>;
  /** The positioned element the toolbar is placed in; it holds the body. */
  hostRef: RefObject<HTMLElement | null>;
  enabled: boolean;
  onCreate: (
    input: TextSpan & { colour: HighlightColour; note: string },
  ) => Promise<{ id: number }>;
  /** Asks for the focus to go to a highlight's mark once it is drawn. */
  focusMark: (id: number) => void;
}

const TOOLBAR_SIZE = { width: 380, height: 130 };
const PENDING_HIGHLIGHT = 'kr-pending';

export function HighlightToolbar({
  bodyRef,
  hostRef,
  enabled,
  onCreate,
  focusMark,
}: HighlightToolbarProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [colour, setColour] = useState<HighlightColour>('yellow');
  const [note, setNote] = useState('');
  const [announce, setAnnounce] = useState('');
  const toolbarRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!enabled) {
      setPending(null);
      return;
    }
    const onSelection = () => {
      // Typing a note or pressing a colour must not close the toolbar.
      if (toolbarRef.current?.contains(document.activeElement)) return;
      const body = bodyRef.current;
      const host = hostRef.current;
      const selection = document.getSelection();
      if (!body || !host || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
        setPending(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const span = rangeToSpan(body, range);
      if (!span) {
        setPending(null);
        return;
      }
      const place = popoverPosition(
        range.getBoundingClientRect(),
        host.getBoundingClientRect(),
        visibleArea(),
        TOOLBAR_SIZE,
      );
      // The same span again (the selection was put back after a refusal) keeps its error.
      setPending((p) =>
        p && p.start === span.start && p.end === span.end ? p : { ...span, ...place },
      );
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [enabled, bodyRef, hostRef]);

  // While the reader types a note the focus is in the field and the browser stops painting
  // the selection, so the passage is painted with the Custom Highlight API instead.
  useEffect(() => {
    const body = bodyRef.current;
    if (!pending || !body || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const range = spanToRange(body, pending);
    if (!range) return;
    CSS.highlights.set(PENDING_HIGHLIGHT, new Highlight(range));
    return () => void CSS.highlights.delete(PENDING_HIGHLIGHT);
  }, [pending, bodyRef]);

  useEffect(() => {
    if (!announce) return;
    // Cleared, so the next highlight is announced again.
    const timer = setTimeout(() => setAnnounce(''), 3_000);
    return () => clearTimeout(timer);
  }, [announce]);

  const close = () => {
    const hadFocus = toolbarRef.current?.contains(document.activeElement);
    setPending(null);
    setNote('');
    if (hadFocus) document.getElementById('content')?.focus({ preventScroll: true });
  };

  const commit = async () => {
    if (!pending) return;
    const asked = pending;
    const typed = note;
    const hadFocus = toolbarRef.current?.contains(document.activeElement) ?? false;
    // Closed at once rather than after the save, so it never lingers over the new highlight.
    setPending(null);
    setNote('');
    document.getSelection()?.removeAllRanges();
    try {
      const created = await onCreate({ start: asked.start, end: asked.end, colour, note: typed });
      setAnnounce('Highlight added');
      // A keyboard user who highlighted from the toolbar continues from the new highlight.
      if (hadFocus) focusMark(created.id);
    } catch (e) {
      // Open again with the reason and the passage selected again, so the reader can try
      // again or cancel (the selection change this causes keeps the error: same span).
      setPending({ ...asked, error: e instanceof Error ? e.message : String(e) });
      setNote(typed);
      const body = bodyRef.current;
      const range = body ? spanToRange(body, asked) : null;
      if (range) {
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      }
    }
  };

  // H highlights and Escape closes, wherever the focus is, as long as it is not in a field.
  const commitRef = useRef(commit);
  const closeRef = useRef(close);
  useEffect(() => {
    commitRef.current = commit;
    closeRef.current = close;
  });
  useEffect(() => {
    if (!pending) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        closeRef.current();
        return;
      }
      const target = event.target as HTMLElement | null;
      const typing =
        target?.isContentEditable ||
        ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '');
      const toolbar = toolbarRef.current;
      // A keyboard selection leaves the focus wherever it was, often far from the toolbar in
      // the tab order: Tab goes straight to the toolbar while it is open.
      if (
        event.key === 'Tab' &&
        !event.shiftKey &&
        !typing &&
        toolbar &&
        !toolbar.contains(document.activeElement)
      ) {
        event.preventDefault();
        toolbar.querySelector<HTMLElement>('button[aria-pressed="true"]')?.focus();
        return;
      }
      if (
        event.key.toLowerCase() === 'h' &&
        !typing &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey
      ) {
        event.preventDefault();
        void commitRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [pending]);

  return (
    <>
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      {pending && (
        <div
          ref={toolbarRef}
          role="group"
          aria-label="Highlight the selected text"
          className="hl-toolbar popover"
          style={{ top: pending.top, left: pending.left }}
        >
          <ColourPicker value={colour} onChange={setColour} keepSelection />
          <div className="hl-toolbar-row">
            <input
              type="text"
              aria-label="Highlight note"
              placeholder="Note (optional)"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void commit();
                }
              }}
            />
            <button
              type="button"
              className="primary"
              aria-keyshortcuts="H"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void commit()}
            >
              Highlight
            </button>
            <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={close}>
              Cancel
            </button>
          </div>
          <p className="hl-hint muted">
            <kbd>H</kbd> highlights, <kbd>Tab</kbd> moves here, <kbd>Esc</kbd> closes.
          </p>
          {pending.error && (
            <p role="alert" className="hl-error">
              {pending.error}
            </p>
          )}
        </div>
      )}
    </>
  );
}
