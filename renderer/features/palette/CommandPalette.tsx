// Placeholder: Ctrl+K jumps to any article, event or screen.
export function CommandPalette() {
  return null;
}
