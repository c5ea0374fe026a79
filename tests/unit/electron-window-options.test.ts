import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions } from '../../electron/main/window';
import { contentDbPath, userDbPath } from '../../electron/main/paths';

// window.ts creates BrowserWindows; only its pure options builder is used here.
vi.mock('electron', () => ({ BrowserWindow: class {} }));

const base = {
  preloadPath: '/app/out/preload/index.cjs',
  state: { width: 1100, height: 750, x: 40, y: 30, maximized: false },
  isPackaged: true,
  darkMode: false,
  title: 'Karabakh Reader',
};

describe('the main window options', () => {
  it('isolate and sandbox the page, with our preload and no Node', () => {
    expect(mainWindowOptions(base).webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('keep the window hidden until it has painted, on a background matching the theme', () => {
    const light = mainWindowOptions(base);
    const dark = mainWindowOptions({ ...base, darkMode: true });
    expect(light.show).toBe(false);
    expect(light.backgroundColor).not.toBe(dark.backgroundColor);
  });

  it('put the window where it was last time', () => {
    expect(mainWindowOptions(base)).toMatchObject({ x: 40, y: 30, width: 1100, height: 750 });
  });

  it('let the system place a window that has no remembered position', () => {
    const options = mainWindowOptions({
      ...base,
      state: { width: 1200, height: 800, maximized: false },
    });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  it('close the developer tools in the packaged app only', () => {
    expect(mainWindowOptions(base).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ ...base, isPackaged: false }).webPreferences?.devTools).toBe(true);
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
