// Every keyboard shortcut of the app, grouped as the sheet shows them. Each key is a list
// of alternatives, each alternative a list of keys pressed together.

export interface Shortcut {
  keys: string[][];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

export function shortcutGroups(mod: 'Cmd' | 'Ctrl'): ShortcutGroup[] {
  const mac = mod === 'Cmd';
  return [
    {
      title: 'Anywhere',
      shortcuts: [
        { keys: [['/'], [mod, 'F']], does: 'Search the library' },
        { keys: [[mod, 'K']], does: 'Go to a screen, article or event' },
        { keys: [['?']], does: 'Show these keyboard shortcuts' },
        {
          keys: mac ? [[mod, '[']] : [['Alt', '←']],
          does: 'Back',
        },
        {
          keys: mac ? [[mod, ']']] : [['Alt', '→']],
          does: 'Forward',
        },
        { keys: [['Esc']], does: 'Close a dialog' },
      ],
    },
    {
      title: 'Reading',
      shortcuts: [
        { keys: [[mod, 'D']], does: 'Bookmark the article or event' },
        { keys: [['H']], does: 'Highlight the selected text' },
        { keys: [[mod, '=']], does: 'Larger text' },
        { keys: [[mod, '-']], does: 'Smaller text' },
        { keys: [[mod, '0']], does: 'Actual text size' },
      ],
    },
    {
      title: 'Timeline',
      shortcuts: [
        { keys: [['↑'], ['↓']], does: 'Previous or next event' },
        { keys: [['Home'], ['End']], does: 'First or last event' },
        { keys: [['Enter']], does: 'Open the event' },
      ],
    },
    {
      title: 'Go to',
      shortcuts: [
        { keys: [['↑'], ['↓']], does: 'Choose a result' },
        { keys: [['Enter']], does: 'Open it' },
      ],
    },
  ];
}

/** How a key reads aloud, where its symbol would be read as punctuation or not at all. */
export const SPOKEN_KEY: Record<string, string> = {
  '←': 'Left arrow',
  '→': 'Right arrow',
  '↑': 'Up arrow',
  '↓': 'Down arrow',
  '/': 'Slash',
  '?': 'Question mark',
  '=': 'Equals',
  '-': 'Minus',
  '[': 'Left bracket',
  ']': 'Right bracket',
  Esc: 'Escape',
};
