// A modal dialog for the shortcuts sheet and the command palette: the native <dialog> in
// modal mode (the page behind is inert, the dialog is in the top layer), with Tab kept
// inside, Escape and a click on the backdrop closing it, and focus handed back on close.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './modal.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ModalDialogProps {
  /** The accessible name, when no visible heading names the dialog. */
  label?: string;
  /** The id of the visible heading that names the dialog. */
  labelledBy?: string;
  className?: string;
  onClose: () => void;
  /**
   * Where focus goes when the dialog closes; by default back to whatever had it before the
   * dialog opened (when that is still on the page).
   */
  focusAfterClose?: () => HTMLElement | null;
  children: ReactNode;
}

export function ModalDialog({
  label,
  labelledBy,
  className,
  onClose,
  focusAfterClose,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read at close time, not at open, so the latest callback decides.
  const focusAfterCloseRef = useRef(focusAfterClose);
  useLayoutEffect(() => {
    focusAfterCloseRef.current = focusAfterClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      const target = focusAfterCloseRef.current?.() ?? opener;
      // The opener may have gone with a screen change; the main region is the next best place.
      const fallback = document.getElementById('content');
      if (target?.isConnected) target.focus();
      else fallback?.focus();
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    // The page behind is inert, but Tab could still leave for the browser's own controls.
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.getClientRects().length > 0,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-modal="true"
      aria-label={label}
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape as the browser sees it: React decides when the dialog goes away.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element, outside its box (a click on
        // its scroll bar also lands on it, inside the box, and must not close it).
        const box = event.currentTarget.getBoundingClientRect();
        const outside =
          event.clientX < box.left ||
          event.clientX > box.right ||
          event.clientY < box.top ||
          event.clientY > box.bottom;
        if (event.target === event.currentTarget && outside) onClose();
      }}
    >
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
