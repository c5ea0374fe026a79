// The main process: app lifecycle and wiring. Everything with logic lives in the small
// modules imported here and is tested in plain Node; this file only connects them to
// Electron, which is why it has no tests of its own.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { MessageBoxOptions } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_CHANNEL } from '../shell-api';
import type { ShellCommand } from '../shell-api';
import { createAboutDialog, readContentVersion } from './about';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { createAppProtocolHandler } from './app-protocol-handler';
import { createBackupPicker, createExportSaver, createImportPicker } from './dialogs';
import type { DialogDeps } from './dialogs';
import { createImportsWriter, saveImportsDb } from './imports-db-file';
import { registerHandlers, trustedSenderCheck } from './ipc';
import { createPdfPrinter } from './print-to-pdf';
import { buildMenuTemplate } from './menu';
import { createOpenExternal } from './open-external';
import { APP_ORIGIN, APP_SCHEME, APP_START_URL, isOnOrigins, originOf } from './origins';
import { chooseLibrary, libraryStoreDir } from './content-packs';
import { contentDbPath, importsDbPath, userDbPath } from './paths';
import { createCloseGuard, createPageFlush, createQuitSequence } from './quit-sequence';
import { createSaveQueue } from './save-queue';
import { toShellError } from './shell-failure';
import { createShellHandlers } from './shell-handlers';
import { saveUserDb } from './user-db-file';
import { createUserDbCheck } from './user-db-check';
import { createMainWindow } from './window';
import {
  captureWindowState,
  fitWindowState,
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from './window-state';

// Must happen before 'ready'; standard + secure is what lets the page use fetch, module
// workers and WebAssembly from app://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another copy is running; it is told through 'second-instance' and comes forward.
  app.quit();
}

function start(): void {
  // `electron-vite dev` serves the page with hot reload; a packaged app never does.
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const devOrigin = devServerUrl === undefined ? null : originOf(devServerUrl);
  const origins = devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
  const startUrl = devOrigin !== null && devServerUrl !== undefined ? devServerUrl : APP_START_URL;

  // Dark or light as the operating system is; the page's "System" theme follows the same
  // setting through prefers-color-scheme.
  nativeTheme.themeSource = 'system';

  const userData = app.getPath('userData');
  const contentDb = contentDbPath({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  });
  const libraryStore = libraryStoreDir(userData);
  // The newest valid library among the bundled one and the installed packs, decided each time
  // the page reads it, so an install or rollback takes effect on the next reload.
  const chooseContentDb = async (): Promise<string> => {
    const bundled = await readContentVersion(contentDb);
    const choice = await chooseLibrary(libraryStore, contentDb, bundled?.version || null);
    for (const { reason } of choice.skipped) console.warn(`Library update skipped: ${reason}`);
    return choice.path;
  };
  const userDb = userDbPath(userData);
  const importsDb = importsDbPath(userData);
  const windowStatePath = join(userData, WINDOW_STATE_FILE);
  let mainWindow: BrowserWindow | null = null;

  const liveWindow = (): BrowserWindow | null =>
    mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;

  const send = (command: ShellCommand): boolean => {
    const window = liveWindow();
    if (window === null || window.webContents.isCrashed()) return false;
    window.webContents.send(COMMAND_CHANNEL, command);
    return true;
  };

  const messageBox = async (options: MessageBoxOptions): Promise<{ response: number }> => {
    const window = liveWindow();
    return window === null
      ? dialog.showMessageBox(options)
      : dialog.showMessageBox(window, options);
  };

  const saveQueue = createSaveQueue({
    write: (bytes) =>
      saveUserDb(userDb, bytes, {
        onBackupError: (error) => console.error('Backing up the user database failed:', error),
      }),
    onError: (error) => console.error('Saving the user database failed:', error),
  });

  const importsWriter = createImportsWriter({
    write: (bytes) =>
      saveImportsDb(importsDb, bytes, {
        onBackupError: (error) =>
          console.error('Keeping the previous imported articles failed:', error),
      }),
    onError: (error) => console.error('Saving the imported articles failed:', error),
  });

  const pageFlush = createPageFlush({ send: () => send('flush') });

  const openExternal = createOpenExternal({
    showMessageBox: messageBox,
    openExternal: (url) => shell.openExternal(url),
  });
  const openFromPage = (url: string): void => {
    openExternal(url).catch((error: unknown) => console.warn('Not opening a link:', error));
  };

  const persistWindowState = async (): Promise<void> => {
    const window = liveWindow();
    if (window !== null) await saveWindowState(windowStatePath, captureWindowState(window));
  };

  const quitSequence = createQuitSequence({
    flushPage: () => pageFlush.request(),
    flushSaves: async () => {
      await persistWindowState().catch((error: unknown) =>
        console.warn('Could not remember the window position:', error),
      );
      // Both always run to the end, so a failed user DB save cannot cut an import short.
      const [user, imports] = await Promise.allSettled([saveQueue.flush(), importsWriter.flush()]);
      if (user.status === 'rejected') throw user.reason;
      if (imports.status === 'rejected') throw imports.reason;
    },
    confirmQuitWithoutSaving: async (error) => {
      const { response } = await messageBox({
        type: 'warning',
        buttons: ['Quit Anyway', 'Don’t Quit'],
        defaultId: 1,
        cancelId: 1,
        message: 'Your latest changes could not be saved.',
        detail: `${toShellError(error).message} If you quit now, they will be lost.`,
      });
      return response === 0;
    },
    quit: () => app.quit(),
  });

  const showAbout = createAboutDialog({
    facts: () => ({
      appName: app.getName(),
      appVersion: app.getVersion(),
      versions: process.versions,
      platform: process.platform,
      arch: process.arch,
    }),
    readContent: async () => readContentVersion(await chooseContentDb()),
    showMessageBox: messageBox,
  });

  const dialogDeps: DialogDeps = {
    showOpenDialog: (options) => {
      const window = liveWindow();
      return window === null
        ? dialog.showOpenDialog(options)
        : dialog.showOpenDialog(window, options);
    },
    showSaveDialog: (options) => {
      const window = liveWindow();
      return window === null
        ? dialog.showSaveDialog(options)
        : dialog.showSaveDialog(window, options);
    },
    get exportFolder() {
      try {
        return app.getPath('documents');
      } catch {
        return homedir();
      }
    },
  };

  async function openWindow(): Promise<void> {
    const primary = screen.getPrimaryDisplay();
    const workAreas = [
      primary.workArea,
      ...screen
        .getAllDisplays()
        .filter((display) => display.id !== primary.id)
        .map((display) => display.workArea),
    ];
    const state = fitWindowState(await loadWindowState(windowStatePath), workAreas);
    const window = createMainWindow({
      preloadPath,
      state,
      isPackaged: app.isPackaged,
      darkMode: nativeTheme.shouldUseDarkColors,
      title: app.getName(),
      startUrl,
      allowedOrigins: origins,
      openExternal: openFromPage,
    });
    const closeGuard = createCloseGuard({
      flushPage: () => pageFlush.request(),
      isQuitting: () => quitSequence.isQuitting(),
      beforeClose: persistWindowState,
      destroy: () => window.destroy(),
    });
    window.on('close', (event) => void closeGuard(event));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  }

  app.on('second-instance', () => {
    const window = liveWindow();
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('before-quit', (event) => void quitSequence.beforeQuit(event));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const ready = app.whenReady().then(async () => {
    const ses = session.defaultSession;
    // Writing plain text to the clipboard ("Copy citation") is the one thing the page may do;
    // reading the clipboard, media, location, notifications and the rest are refused.
    const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
    ses.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(allowed(permission)),
    );
    ses.setPermissionCheckHandler((_contents, permission) => allowed(permission));
    // The reader is offline by design: no request leaves the machine, whatever the page
    // does. In development the dev server (and its hot-reload socket) is the one exception.
    const reachable = devOrigin === null ? [] : [devOrigin, devOrigin.replace(/^http/, 'ws')];
    ses.webRequest.onBeforeRequest(
      { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
      (details, callback) => callback({ cancel: !isOnOrigins(details.url, reachable) }),
    );
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));

    registerHandlers(
      ipcMain,
      createShellHandlers({
        contentDbPath: contentDb,
        chooseContentDb,
        userDbPath: userDb,
        saveQueue,
        importsDbPath: importsDb,
        importsWriter,
        pickImportFiles: createImportPicker(dialogDeps),
        pickBackupFile: createBackupPicker(dialogDeps),
        saveExport: createExportSaver(dialogDeps),
        printToPdf: createPdfPrinter(dialogDeps),
        openExternal,
        appInfo: () => ({
          name: app.getName(),
          version: app.getVersion(),
          host: 'electron',
          platform: process.platform,
          userDataPath: userData,
        }),
        pageFlushed: () => pageFlush.flushed(),
        checkUserDb: createUserDbCheck(),
        onCheckError: (error) => console.error('Checking the user database failed:', error),
      }),
      {
        isTrustedSender: trustedSenderCheck(origins),
        log: (channel, error) => console.error(`IPC ${channel} failed:`, error),
      },
    );

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          isPackaged: app.isPackaged,
          appName: app.getName(),
          send: (command) => void send(command),
          showAbout: () => {
            showAbout().catch((error: unknown) => console.warn('Could not show About:', error));
          },
        }),
      ),
    );

    await openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow();
    });
  });
  ready.catch((error: unknown) => {
    console.error('Karabakh Reader could not start:', error);
    dialog.showErrorBox(
      'Karabakh Reader could not start',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
  });
}
