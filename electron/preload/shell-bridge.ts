// Builds the ShellApi the page sees out of an ipcRenderer. Each method is a fixed call
// on its own channel; the page can name neither a channel nor a listener's raw event.
import { CHANNELS, COMMAND_CHANNEL, SHELL_COMMANDS } from '../shell-api';
import type { Envelope, ShellApi, ShellCommand } from '../shell-api';

/** The parts of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const isCommand = (value: unknown): value is ShellCommand =>
  typeof value === 'string' && (SHELL_COMMANDS as readonly string[]).includes(value);

export function createShellApi(ipc: IpcRendererLike): ShellApi {
  // Main answers every call with an Envelope; a rejection means the call never reached a
  // handler (e.g. main is shutting down), which still has to come back as data.
  async function call<T>(channel: string, ...args: unknown[]): Promise<Envelope<T>> {
    try {
      return (await ipc.invoke(channel, ...args)) as Envelope<T>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'Karabakh Reader could not reach its main process.' },
      };
    }
  }

  return {
    host: 'electron',
    readContentDb: () => call(CHANNELS.readContentDb),
    readUserDb: () => call(CHANNELS.readUserDb),
    writeUserDb: (bytes) => call(CHANNELS.writeUserDb, bytes),
    setAsideUserDb: (reason) => call(CHANNELS.setAsideUserDb, reason),
    readImportsDb: () => call(CHANNELS.readImportsDb),
    writeImportsDb: (bytes) => call(CHANNELS.writeImportsDb, bytes),
    openImportFiles: () => call(CHANNELS.openImportFiles),
    openBackupFile: () => call(CHANNELS.openBackupFile),
    saveExport: (request) => call(CHANNELS.saveExport, request),
    printToPdf: (request) => call(CHANNELS.printToPdf, request),
    openExternal: (url) => call(CHANNELS.openExternal, url),
    appInfo: () => call(CHANNELS.appInfo),
    flushed: () => call(CHANNELS.flushed),
    onCommand(listener) {
      const relay = (_event: unknown, command: unknown): void => {
        if (isCommand(command)) listener(command);
      };
      ipc.on(COMMAND_CHANNEL, relay);
      return () => {
        ipc.removeListener(COMMAND_CHANNEL, relay);
      };
    },
  };
}
