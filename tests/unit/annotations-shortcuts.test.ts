import { describe, expect, it } from 'vitest';
import {
  isTypingTarget,
  modifierName,
  opensPalette,
  opensShortcuts,
  type KeyPress,
} from '../../renderer/services/keys';
import { shortcutGroups } from '../../renderer/features/shortcuts/shortcut-list';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: { tagName: 'BODY' },
  ...over,
});

describe('keys that open the shortcuts sheet and the palette', () => {
  it('opens the shortcuts sheet on "?" outside a text field', () => {
    expect(opensShortcuts(press({ key: '?', shiftKey: true }))).toBe(true);
    expect(opensShortcuts(press({ key: '?', target: { tagName: 'A' } }))).toBe(true);
    expect(opensShortcuts(press({ key: '?', target: null }))).toBe(true);
  });

  it('leaves "?" to the field when the user is typing', () => {
    expect(opensShortcuts(press({ key: '?', target: { tagName: 'INPUT' } }))).toBe(false);
    expect(opensShortcuts(press({ key: '?', target: { tagName: 'TEXTAREA' } }))).toBe(false);
    expect(
      opensShortcuts(press({ key: '?', target: { tagName: 'DIV', isContentEditable: true } })),
    ).toBe(false);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
  });

  it('does not take "?" with Ctrl, Cmd or Alt, nor "/"', () => {
    expect(opensShortcuts(press({ key: '?', ctrlKey: true }))).toBe(false);
    expect(opensShortcuts(press({ key: '?', metaKey: true }))).toBe(false);
    expect(opensShortcuts(press({ key: '?', altKey: true }))).toBe(false);
    expect(opensShortcuts(press({ key: '/' }))).toBe(false);
  });

  it('opens the palette on Ctrl+K or Cmd+K, even in a text field', () => {
    expect(opensPalette(press({ key: 'k', ctrlKey: true }))).toBe(true);
    expect(opensPalette(press({ key: 'K', metaKey: true }))).toBe(true);
    expect(opensPalette(press({ key: 'k', ctrlKey: true, target: { tagName: 'INPUT' } }))).toBe(
      true,
    );
    expect(opensPalette(press({ key: 'k' }))).toBe(false);
    expect(opensPalette(press({ key: 'k', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(opensPalette(press({ key: 'k', ctrlKey: true, altKey: true }))).toBe(false);
  });
});

describe('the shortcuts sheet', () => {
  it('names the modifier as the keyboard labels it', () => {
    expect(modifierName('MacIntel')).toBe('Cmd');
    expect(modifierName('Linux x86_64')).toBe('Ctrl');
    expect(modifierName('Win32')).toBe('Ctrl');
  });

  it('lists every shortcut the app has', () => {
    const text = (mod: 'Cmd' | 'Ctrl') =>
      shortcutGroups(mod)
        .flatMap((g) => g.shortcuts)
        .map((s) => `${s.keys.map((k) => k.join('+')).join(' or ')}: ${s.does}`);
    expect(text('Ctrl')).toEqual([
      '/ or Ctrl+F: Search the library',
      'Ctrl+K: Go to a screen, article or event',
      '?: Show these keyboard shortcuts',
      'Alt+←: Back',
      'Alt+→: Forward',
      'Esc: Close a dialog',
      'Ctrl+D: Bookmark the article or event',
      'H: Highlight the selected text',
      'Ctrl+=: Larger text',
      'Ctrl+-: Smaller text',
      'Ctrl+0: Actual text size',
      '↑ or ↓: Previous or next event',
      'Home or End: First or last event',
      'Enter: Open the event',
      '↑ or ↓: Choose a result',
      'Enter: Open it',
    ]);
    expect(text('Cmd')).toContain('Cmd+[: Back');
    expect(text('Cmd')).toContain('Cmd+K: Go to a screen, article or event');
  });
});
