import type { MenuItemConstructorOptions } from 'electron';
import { SHELL_COMMANDS } from '../../electron/shell-api';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';
import type { ShellCommand } from '../../electron/shell-api';

function build(platform: NodeJS.Platform, isPackaged = true) {
  const sent: ShellCommand[] = [];
  const about = { shown: 0 };
  const template = buildMenuTemplate({
    platform,
    isPackaged,
    appName: 'Karabakh Reader',
    send: (command) => sent.push(command),
    showAbout: () => {
      about.shown += 1;
    },
  });
  return { template, sent, about };
}

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

const menu = (template: MenuItemConstructorOptions[], label: string) =>
  submenu(template.find((item) => item.label === label));

const item = (items: MenuItemConstructorOptions[], label: string) => {
  const found = items.find((entry) => entry.label === label);
  if (found === undefined) throw new Error(`no menu item "${label}"`);
  return found;
};

/** Clicks a menu item the way Electron would, and returns what it sent to the page. */
function click(entry: MenuItemConstructorOptions, sent: ShellCommand[]): ShellCommand[] {
  sent.length = 0;
  (entry.click as (() => void) | undefined)?.();
  return [...sent];
}

const roles = (items: MenuItemConstructorOptions[]) =>
  items.map((entry) => entry.role).filter((role) => role !== undefined);

describe('the application menu', () => {
  it('shows File, Edit, View, Window and Help on Windows and Linux, with no app menu', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build(platform).template.map((entry) => entry.label)).toEqual([
        'File',
        'Edit',
        'View',
        'Window',
        'Help',
      ]);
    }
  });

  it('adds the app menu first on macOS, with Quit in it', () => {
    const { template } = build('darwin');
    expect(template.map((entry) => entry.label)).toEqual([
      'Karabakh Reader',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(roles(menu(template, 'Karabakh Reader'))).toContain('quit');
    expect(roles(menu(template, 'File'))).not.toContain('quit');
  });

  it.each([
    ['File', 'Import…', 'CmdOrCtrl+O', 'import'],
    ['File', 'Export…', 'CmdOrCtrl+E', 'export'],
    ['View', 'Find', 'CmdOrCtrl+F', 'focus-search'],
    ['View', 'Library', 'CmdOrCtrl+L', 'go-library'],
    ['View', 'Bookmark', 'CmdOrCtrl+D', 'toggle-bookmark'],
    ['View', 'Back', 'Alt+Left', 'go-back'],
    ['View', 'Forward', 'Alt+Right', 'go-forward'],
    ['View', 'Larger Text', 'CmdOrCtrl+=', 'text-larger'],
    ['View', 'Smaller Text', 'CmdOrCtrl+-', 'text-smaller'],
    ['View', 'Actual Text Size', 'CmdOrCtrl+0', 'text-reset'],
    ['View', 'Go To…', 'CmdOrCtrl+K', 'command-palette'],
    ['View', 'Keyboard Shortcuts', undefined, 'shortcuts'],
  ] as const)('%s › %s (%s) sends %s to the page', (menuLabel, label, accelerator, command) => {
    const { template, sent } = build('linux');
    const entry = item(menu(template, menuLabel), label);
    expect(entry.accelerator).toBe(accelerator);
    expect(click(entry, sent)).toEqual([command]);
  });

  it('uses the macOS shortcuts for Back and Forward', () => {
    const view = menu(build('darwin').template, 'View');
    expect(item(view, 'Back').accelerator).toBe('Cmd+[');
    expect(item(view, 'Forward').accelerator).toBe('Cmd+]');
  });

  it('shows the About dialog from Help, without sending anything to the page', () => {
    const { template, sent, about } = build('linux');
    expect(click(item(menu(template, 'Help'), 'About Karabakh Reader'), sent)).toEqual([]);
    expect(about.shown).toBe(1);
  });

  it('offers About first in the macOS app menu, then Services, Hide and Quit', () => {
    const { template, sent, about } = build('darwin');
    const appMenu = menu(template, 'Karabakh Reader');
    expect(appMenu[0]?.label).toBe('About Karabakh Reader');
    expect(click(item(appMenu, 'About Karabakh Reader'), sent)).toEqual([]);
    expect(about.shown).toBe(1);
    expect(roles(appMenu)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('has Quit in the File menu on Windows and Linux', () => {
    expect(roles(menu(build('win32').template, 'File'))).toContain('quit');
  });

  it('gives Edit the standard editing roles', () => {
    expect(roles(menu(build('linux').template, 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('hides reload and developer tools in the packaged app', () => {
    expect(roles(menu(build('linux', true).template, 'View'))).toEqual(['togglefullscreen']);
  });

  it('offers reload and developer tools while developing', () => {
    expect(roles(menu(build('linux', false).template, 'View'))).toEqual([
      'reload',
      'toggleDevTools',
      'togglefullscreen',
    ]);
  });

  it('gives Window minimize, zoom and close', () => {
    expect(roles(menu(build('darwin').template, 'Window'))).toEqual(['minimize', 'zoom', 'close']);
  });

  it('never sends a command that is not a ShellCommand', () => {
    const { template, sent } = build('darwin', false);
    const all = template.flatMap((entry) => submenu(entry));
    const commands = all.flatMap((entry) => click(entry, sent));
    // Every command the page understands has a menu item, except the quit-time flush.
    expect(new Set(commands)).toEqual(new Set(SHELL_COMMANDS.filter((c) => c !== 'flush')));
  });
});
