// "Removed …  Undo": a message with an Undo button that goes away after a while. The
// countdown waits while the pointer or keyboard focus is on it, so nobody loses the chance
// to undo while reaching for the button. The caller puts it inside a live region that stays
// on the page, so screen readers announce each new message.
import { useEffect, useState } from 'react';

export const UNDO_MS = 8_000;

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
}

export function UndoToast({ message, onUndo, onExpire }: UndoToastProps) {
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onExpire, UNDO_MS);
    return () => clearTimeout(timer);
  }, [held, onExpire]);

  return (
    <div
      className="undo-toast"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
    >
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
