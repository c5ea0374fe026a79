// The application menu, as a plain template so it can be checked without Electron.
// Items that belong to the page (search, bookmarks, import...) send a ShellCommand; About is
// a native dialog shown by main; the rest use Electron's built-in roles so they behave as on
// every other app of the platform (on macOS: an app menu with About, Services, Hide and Quit).
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../shell-api';

export type MenuOptions = {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  send: (command: ShellCommand) => void;
  /** Shows the About dialog (see about.ts). */
  showAbout: () => void;
};

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, isPackaged, appName, send, showAbout } = options;
  const mac = platform === 'darwin';
  const command = (
    label: string,
    accelerator: string | undefined,
    name: ShellCommand,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(name),
  });
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: showAbout };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Import…', 'CmdOrCtrl+O', 'import'),
      command('Export…', 'CmdOrCtrl+E', 'export'),
      { type: 'separator' },
      // On macOS, Quit lives in the app menu and File ends with Close Window.
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Find', 'CmdOrCtrl+F', 'focus-search'),
      command('Library', 'CmdOrCtrl+L', 'go-library'),
      command('Back', mac ? 'Cmd+[' : 'Alt+Left', 'go-back'),
      command('Forward', mac ? 'Cmd+]' : 'Alt+Right', 'go-forward'),
      command('Bookmark', 'CmdOrCtrl+D', 'toggle-bookmark'),
      { type: 'separator' },
      ...developer,
      // Text size is the reader's own setting (remembered with the user's data), not page zoom.
      command('Larger Text', 'CmdOrCtrl+=', 'text-larger'),
      command('Smaller Text', 'CmdOrCtrl+-', 'text-smaller'),
      command('Actual Text Size', 'CmdOrCtrl+0', 'text-reset'),
      { type: 'separator' },
      command('Go To…', 'CmdOrCtrl+K', 'command-palette'),
      // No accelerator: a menu key would also catch "?" typed into a text field; the page
      // opens the sheet on "?" itself when the focus is not in a field.
      command('Keyboard Shortcuts', undefined, 'shortcuts'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [about],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
