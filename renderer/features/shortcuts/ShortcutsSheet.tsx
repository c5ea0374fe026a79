// Placeholder: "?" shows every keyboard shortcut.
export function ShortcutsSheet() {
  return null;
}
