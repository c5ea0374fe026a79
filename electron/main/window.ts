// The one application window: hardened web preferences, placed where it was last time,
// shown only once the page has painted.
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { guardWebContents } from './web-contents-guard';
import type { GuardOptions } from './web-contents-guard';
import { MIN_WINDOW_SIZE } from './window-state';
import type { WindowState } from './window-state';

export type WindowOptions = {
  preloadPath: string;
  state: WindowState;
  isPackaged: boolean;
  darkMode: boolean;
  title: string;
};

export function mainWindowOptions(options: WindowOptions): BrowserWindowConstructorOptions {
  const { state } = options;
  return {
    title: options.title,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    // Painted before the page loads, so the window does not flash white in dark mode.
    backgroundColor: options.darkMode ? '#1c1b19' : '#faf9f6',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !options.isPackaged,
    },
  };
}

export function createMainWindow(
  options: WindowOptions & GuardOptions & { startUrl: string },
): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  guardWebContents(window.webContents, options);
  window.once('ready-to-show', () => {
    if (options.state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.startUrl);
  return window;
}
