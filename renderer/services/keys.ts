// Which key presses open the shortcuts sheet and the command palette. Plain data in, so the
// rules are tested without a page.

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | { tagName?: string; isContentEditable?: boolean } | null;
}

/** True while the user is typing: a key then belongs to the field, not to the app. */
export function isTypingTarget(target: KeyPress['target']): boolean {
  if (!target || typeof target !== 'object') return false;
  const el = target as { tagName?: unknown; isContentEditable?: unknown };
  if (el.isContentEditable === true) return true;
  return typeof el.tagName === 'string' && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** "?" outside a text field (Shift is how most layouts type it, so it is allowed). */
export function opensShortcuts(press: KeyPress): boolean {
  return (
    press.key === '?' &&
    !press.ctrlKey &&
    !press.metaKey &&
    !press.altKey &&
    !isTypingTarget(press.target)
  );
}

/** Ctrl+K, or Cmd+K on a Mac: anywhere, even in a text field, as in other apps. */
export function opensPalette(press: KeyPress): boolean {
  return (
    (press.ctrlKey || press.metaKey) &&
    !press.altKey &&
    !press.shiftKey &&
    press.key.toLowerCase() === 'k'
  );
}

/** The name of the modifier key as the keyboard in front of the user labels it. */
export function modifierName(platform: string): 'Cmd' | 'Ctrl' {
  return /mac|iphone|ipad/i.test(platform) ? 'Cmd' : 'Ctrl';
}
