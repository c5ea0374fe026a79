// Where a popover (the highlight toolbar or editor) goes: under the text it belongs to, or
// above it when there is no room below in the visible part of the content area, and never
// wider than the reading column.

export interface Box {
  top: number;
  bottom: number;
  left: number;
}

/**
 * anchor and view are in viewport coordinates (getBoundingClientRect); the answer is relative
 * to host, the positioned element the popover is placed in.
 */
export function popoverPosition(
  anchor: Box,
  host: { top: number; left: number; width: number },
  view: { top: number; bottom: number },
  size: { width: number; height: number },
  gap = 8,
): { top: number; left: number } {
  const fitsBelow = anchor.bottom + gap + size.height <= view.bottom;
  const fitsAbove = anchor.top - gap - size.height >= view.top;
  const top =
    !fitsBelow && fitsAbove
      ? anchor.top - host.top - gap - size.height
      : anchor.bottom - host.top + gap;
  const left = Math.max(0, Math.min(anchor.left - host.left, host.width - size.width));
  return { top, left };
}

/** The part of the window the content area shows, in viewport coordinates. */
export function visibleArea(): { top: number; bottom: number } {
  const content = document.getElementById('content');
  const box = content?.getBoundingClientRect();
  return box ? { top: box.top, bottom: box.bottom } : { top: 0, bottom: window.innerHeight };
}
