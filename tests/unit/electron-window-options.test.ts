import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, mainWindowFrame } from '../../electron/main/window';
import type { WindowOptions } from '../../electron/main/window';
import { contentDbPath, userDbPath } from '../../electron/main/paths';

// A stand-in for Electron's BrowserWindow that records the options it was made with.
const made = vi.hoisted(() => ({ options: [] as unknown[] }));
vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly webContents = { on: () => undefined, setWindowOpenHandler: () => undefined };
    constructor(options: unknown) {
      made.options.push(options);
    }
    once() {}
    async loadURL() {}
  },
}));

const base: WindowOptions = {
  preloadPath: '/app/out/preload/index.cjs',
  state: { width: 1100, height: 750, x: 40, y: 30, maximized: false },
  isPackaged: true,
  darkMode: false,
  title: 'Karabakh Reader',
};

/** The options the main window is really created with. */
function windowOptions(overrides: Partial<WindowOptions> = {}): BrowserWindowConstructorOptions {
  made.options = [];
  createMainWindow({
    ...base,
    ...overrides,
    startUrl: 'app://reader/',
    allowedOrigins: ['app://reader'],
    openExternal: () => undefined,
  });
  return made.options[0] as BrowserWindowConstructorOptions;
}

describe('the main window options', () => {
  it('isolate and sandbox the page, with our preload and no Node', () => {
    expect(windowOptions().webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('switch on no Blink feature and add no command-line switches for the page', () => {
    const preferences = windowOptions().webPreferences ?? {};
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
  });

  it('keep the window hidden until it has painted, on a background matching the theme', () => {
    const light = windowOptions();
    const dark = windowOptions({ darkMode: true });
    expect(light.show).toBe(false);
    expect(light.backgroundColor).not.toBe(dark.backgroundColor);
  });

  it('put the window where it was last time', () => {
    expect(windowOptions()).toMatchObject({ x: 40, y: 30, width: 1100, height: 750 });
    expect(mainWindowFrame(base)).toMatchObject({ x: 40, y: 30, width: 1100, height: 750 });
  });

  it('let the system place a window that has no remembered position', () => {
    const options = windowOptions({ state: { width: 1200, height: 800, maximized: false } });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  it('close the developer tools in the packaged app only', () => {
    expect(windowOptions().webPreferences?.devTools).toBe(false);
    expect(windowOptions({ isPackaged: false }).webPreferences?.devTools).toBe(true);
  });
});

describe('file locations', () => {
  it('read the content DB from the package resources once installed', () => {
    expect(
      contentDbPath({ isPackaged: true, resourcesPath: '/opt/reader/resources', appPath: '/x' }),
    ).toBe(join('/opt/reader/resources', 'reader.db'));
  });

  it('read the content DB from the project resources folder while developing', () => {
    expect(
      contentDbPath({ isPackaged: false, resourcesPath: '/electron', appPath: '/src/app' }),
    ).toBe(join('/src/app', 'resources', 'reader.db'));
  });

  it('keep the user DB in the user-data folder', () => {
    expect(userDbPath('/home/ana/.config/Karabakh Reader')).toBe(
      join('/home/ana/.config/Karabakh Reader', 'user.db'),
    );
  });
});
