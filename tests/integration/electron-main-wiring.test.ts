// Loads the real main-process entry point against a stand-in for the 'electron' module
// (the Electron binary cannot run here) and checks the wiring a user depends on: one
// instance, a locked-down window and session, the IPC channels, and a quit that saves.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, COMMAND_CHANNEL } from '../../electron/shell-api';
import type { Envelope } from '../../electron/shell-api';
import type * as ImportsDbFile from '../../electron/main/imports-db-file';

const electron = vi.hoisted(() => {
  class Emitter {
    readonly listeners = new Map<string, ((...args: unknown[]) => unknown)[]>();
    on(event: string, listener: (...args: unknown[]) => unknown) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: (...args: unknown[]) => unknown) {
      return this.on(event, listener);
    }
    fire(event: string, ...args: unknown[]) {
      return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
    }
  }

  class FakeWebContents extends Emitter {
    sent: unknown[][] = [];
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    isCrashed() {
      return false;
    }
  }

  class FakeBrowserWindow extends Emitter {
    static all: FakeBrowserWindow[] = [];
    static getAllWindows() {
      return FakeBrowserWindow.all.filter((window) => !window.destroyed);
    }
    readonly webContents = new FakeWebContents();
    loadedUrl = '';
    destroyed = false;
    focused = false;
    minimized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.all.push(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      this.fire('closed');
    }
    isMinimized() {
      return this.minimized;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 };
    }
    restore() {
      this.minimized = false;
    }
    show() {}
    maximize() {}
    focus() {
      this.focused = true;
    }
  }

  const state = {
    ready: false,
    lockGranted: true,
    userData: '',
    privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
    privilegedBeforeReady: false,
    protocolHandlers: new Map<
      string,
      (request: { url: string; method: string }) => Promise<Response>
    >(),
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    permissionRequest: null as null | ((...args: unknown[]) => void),
    permissionCheck: null as null | ((...args: unknown[]) => boolean),
    beforeRequest: null as
      null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
    menu: null as unknown,
    messageBoxes: [] as Record<string, unknown>[],
    quits: 0,
    resolveReady: () => {},
  };

  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => state.lockGranted,
    quit: () => {
      state.quits += 1;
    },
    exit: () => {
      state.quits += 1;
    },
    whenReady: () =>
      new Promise<void>((resolve) => {
        state.resolveReady = () => {
          state.ready = true;
          resolve();
        };
      }),
    getPath: (name: string) => (name === 'userData' ? state.userData : join(state.userData, name)),
    getAppPath: () => state.userData,
    getName: () => 'Karabakh Reader',
    getVersion: () => '0.1.0',
  });

  return {
    state,
    FakeBrowserWindow,
    module: {
      app,
      BrowserWindow: FakeBrowserWindow,
      protocol: {
        registerSchemesAsPrivileged: (schemes: typeof state.privileged) => {
          state.privileged.push(...schemes);
          state.privilegedBeforeReady = !state.ready;
        },
        handle: (
          scheme: string,
          handler: (request: { url: string; method: string }) => Promise<Response>,
        ) => state.protocolHandlers.set(scheme, handler),
      },
      ipcMain: {
        handle: (channel: string, listener: (...args: unknown[]) => unknown) =>
          state.ipcHandlers.set(channel, listener),
        removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
            state.permissionRequest = handler;
          },
          setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
            state.permissionCheck = handler;
          },
          webRequest: {
            onBeforeRequest: (_filter: unknown, handler: typeof state.beforeRequest) => {
              state.beforeRequest = handler;
            },
          },
        },
      },
      Menu: {
        buildFromTemplate: (template: unknown) => template,
        setApplicationMenu: (menu: unknown) => {
          state.menu = menu;
        },
      },
      screen: {
        getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1440, height: 900 } }),
        getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1440, height: 900 } }],
      },
      nativeTheme: { shouldUseDarkColors: false, themeSource: 'light' },
      dialog: {
        showMessageBox: async (...args: unknown[]) => {
          state.messageBoxes.push(args.at(-1) as Record<string, unknown>);
          return { response: 1 };
        },
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      },
      shell: { openExternal: async () => undefined },
    },
  };
});

vi.mock('electron', () => electron.module);

// Lets a test hold an imports.db write on its way to disk, to see whether quitting waits.
const importsDisk = vi.hoisted(() => ({ ready: Promise.resolve() }));
vi.mock('../../electron/main/imports-db-file', async (importOriginal) => {
  const real = await importOriginal<typeof ImportsDbFile>();
  return {
    ...real,
    saveImportsDb: async (...args: Parameters<typeof real.saveImportsDb>) => {
      await importsDisk.ready;
      await real.saveImportsDb(...args);
    },
  };
});

const { state, FakeBrowserWindow } = electron;
const app = electron.module.app;
const fromPage = { senderFrame: { url: 'app://reader/index.html' } };

async function startApp(options: { lockGranted?: boolean } = {}) {
  state.lockGranted = options.lockGranted ?? true;
  vi.resetModules();
  await import('../../electron/main/index');
  state.resolveReady();
  // The 'ready' continuation (window state load, window creation) runs next; a second
  // instance (no lock) quits instead and never makes a window.
  if (state.lockGranted)
    await vi.waitFor(() => expect(FakeBrowserWindow.all.length).toBeGreaterThan(0));
}

async function invoke(channel: string, event: unknown, ...args: unknown[]) {
  const handler = state.ipcHandlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  return (await handler(event, ...args)) as Envelope<unknown>;
}

beforeEach(async () => {
  state.userData = await mkdtemp(join(tmpdir(), 'kr-main-'));
  state.ready = false;
  state.privileged = [];
  state.protocolHandlers.clear();
  state.ipcHandlers.clear();
  state.quits = 0;
  state.menu = null;
  state.messageBoxes = [];
  electron.module.nativeTheme.themeSource = 'light';
  app.listeners.clear();
  FakeBrowserWindow.all = [];
  // Electron sets this on process; plain Node does not have it.
  Object.assign(process, { resourcesPath: state.userData });
});

afterEach(async () => {
  Reflect.deleteProperty(process, 'resourcesPath');
  await rm(state.userData, { recursive: true, force: true });
});

describe('the main process', () => {
  it('quits at once, opening nothing, when another copy is already running', async () => {
    await startApp({ lockGranted: false });
    expect(state.quits).toBe(1);
    expect(FakeBrowserWindow.all).toEqual([]);
    expect(state.ipcHandlers.size).toBe(0);
  });

  it('brings the existing window forward when the app is launched again', async () => {
    await startApp();
    (app.fire as (event: string) => void)('second-instance');
    expect(FakeBrowserWindow.all[0]?.focused).toBe(true);
  });

  it('restores a minimized window when the app is launched again', async () => {
    await startApp();
    const window = FakeBrowserWindow.all[0]!;
    window.minimized = true;
    (app.fire as (event: string) => void)('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });

  it('follows the operating system between light and dark', async () => {
    await startApp();
    expect(electron.module.nativeTheme.themeSource).toBe('system');
  });

  it('shows About with the app, Electron, Chromium and library versions', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)');
    db.run(
      "INSERT INTO meta VALUES ('content_version', '2026.11'), ('last_reviewed', '2026-11-02')",
    );
    await writeFile(join(state.userData, 'reader.db'), db.export());
    db.close();
    await startApp();
    const template = state.menu as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    template
      .find((menu) => menu.label === 'Help')
      ?.submenu?.find((item) => item.label === 'About Karabakh Reader')
      ?.click?.();
    await vi.waitFor(() => expect(state.messageBoxes).toHaveLength(1));
    const about = state.messageBoxes[0]!;
    expect(about['message']).toBe('Karabakh Reader 0.1.0');
    expect(about['detail']).toContain('Library: 2026.11, reviewed 2026-11-02');
    expect(about['detail']).toContain(`Node.js: ${process.versions.node}`);
    expect(about['detail']).toMatch(/Electron: .+\nChromium: .+/);
    expect(FakeBrowserWindow.all[0]?.webContents.sent).toEqual([]);
  });

  it('registers app:// as a standard, secure scheme before the app is ready', async () => {
    await startApp();
    expect(state.privilegedBeforeReady).toBe(true);
    expect(state.privileged).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
          stream: true,
          corsEnabled: true,
        }),
      },
    ]);
  });

  it('opens one locked-down window on app://reader', async () => {
    await startApp();
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const window = FakeBrowserWindow.all[0]!;
    expect(window.loadedUrl).toBe('app://reader/');
    expect(window.options['show']).toBe(false);
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload[/\\]index\.cjs$/),
    });
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
  });

  it('denies every permission the page asks for except writing text to the clipboard', async () => {
    await startApp();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      state.permissionRequest?.({}, permission, (granted: boolean) => answers.push(granted), {});
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(state.permissionCheck?.({}, 'media', 'app://reader', {})).toBe(false);
    expect(state.permissionCheck?.({}, 'clipboard-read', 'app://reader', {})).toBe(false);
    expect(state.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://reader', {})).toBe(true);
  });

  it('lets no network request leave the machine', async () => {
    await startApp();
    const cancelled: boolean[] = [];
    state.beforeRequest?.({ url: 'https://tracker.example/pixel.gif' }, ({ cancel }) =>
      cancelled.push(cancel),
    );
    state.beforeRequest?.({ url: 'http://localhost:5173/' }, ({ cancel }) =>
      cancelled.push(cancel),
    );
    expect(cancelled).toEqual([true, true]);
  });

  it('serves app:// with the strict policy, even for a missing file', async () => {
    await startApp();
    const serve = state.protocolHandlers.get('app');
    const response = await serve!({ url: 'app://reader/../../etc/passwd', method: 'GET' });
    expect(response.status).not.toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers every ShellApi channel, and only for the app page', async () => {
    await startApp();
    expect([...state.ipcHandlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    expect(await invoke(CHANNELS.appInfo, fromPage)).toEqual({
      ok: true,
      value: {
        name: 'Karabakh Reader',
        version: '0.1.0',
        host: 'electron',
        platform: process.platform,
        userDataPath: state.userData,
      },
    });
    const stranger = await invoke(CHANNELS.appInfo, {
      senderFrame: { url: 'https://evil.example/' },
    });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('sets the application menu, with commands going to the page', async () => {
    await startApp();
    const template = state.menu as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const importItem = template
      .find((menu) => menu.label === 'File')
      ?.submenu?.find((item) => item.label === 'Import…');
    importItem?.click?.();
    expect(FakeBrowserWindow.all[0]?.webContents.sent).toEqual([[COMMAND_CHANNEL, 'import']]);
  });

  it('on quit, asks the page to flush, saves what it sends, then quits', async () => {
    await startApp();
    const window = FakeBrowserWindow.all[0]!;
    const quitEvent = { preventDefault: vi.fn() };
    const quitting = (app.fire as (event: string, ...args: unknown[]) => unknown[])(
      'before-quit',
      quitEvent,
    );
    expect(quitEvent.preventDefault).toHaveBeenCalled();
    expect(window.webContents.sent).toEqual([[COMMAND_CHANNEL, 'flush']]);
    expect(state.quits).toBe(0);

    // The page answers the way the renderer does: its last snapshot, then `flushed`.
    const write = invoke(CHANNELS.writeUserDb, fromPage, new TextEncoder().encode('last words'));
    await invoke(CHANNELS.flushed, fromPage);
    await Promise.all([write, ...quitting]);
    await vi.waitFor(() => expect(state.quits).toBe(1));
    expect(await readFile(join(state.userData, 'user.db'), 'utf8')).toBe('last words');
    expect(
      JSON.parse(await readFile(join(state.userData, 'window-state.json'), 'utf8')),
    ).toMatchObject({
      width: 1000,
      height: 700,
    });

    const finalQuit = { preventDefault: vi.fn() };
    (app.fire as (event: string, ...args: unknown[]) => unknown)('before-quit', finalQuit);
    expect(finalQuit.preventDefault).not.toHaveBeenCalled();
  });

  it('on quit, lets a running write of the imported articles finish before quitting', async () => {
    await startApp();
    const importsDb = join(state.userData, 'imports.db');
    const onDiskAtQuit: string[] = [];
    const realQuit = app.quit;
    app.quit = () => {
      onDiskAtQuit.push(existsSync(importsDb) ? readFileSync(importsDb, 'latin1') : 'nothing');
      realQuit();
    };
    let release = (): void => undefined;
    importsDisk.ready = new Promise((resolve) => {
      release = resolve;
    });
    try {
      const imports = new TextEncoder().encode('SQLite format 3\u0000the latest import');
      const write = invoke(CHANNELS.writeImportsDb, fromPage, imports);
      const quitting = (app.fire as (event: string, ...args: unknown[]) => unknown[])(
        'before-quit',
        { preventDefault: vi.fn() },
      );
      await invoke(CHANNELS.flushed, fromPage);
      // An observation window, not a wait: however long the write takes, quitting waits.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(state.quits).toBe(0);
      release();
      await Promise.all([write, ...quitting]);
      await vi.waitFor(() => expect(state.quits).toBe(1));
      expect(onDiskAtQuit).toEqual(['SQLite format 3\u0000the latest import']);
      expect(await write).toMatchObject({ ok: true, value: { bytes: imports.byteLength } });
    } finally {
      release();
      importsDisk.ready = Promise.resolve();
      app.quit = realQuit;
    }
  });
});
