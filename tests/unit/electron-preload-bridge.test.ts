import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createShellApi } from '../../electron/preload/shell-bridge';
import type { IpcRendererLike } from '../../electron/preload/shell-bridge';
import { CHANNELS, COMMAND_CHANNEL } from '../../electron/shell-api';
import type { ShellApi, ShellCommand } from '../../electron/shell-api';

/** Stands in for ipcRenderer: records invocations and can emit commands from main. */
class FakeIpcRenderer extends EventEmitter implements IpcRendererLike {
  readonly calls: [string, unknown[]][] = [];
  answer: (channel: string) => Promise<unknown> = async () => ({ ok: true, value: 'answer' });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push([channel, args]);
    return this.answer(channel);
  }

  fromMain(command: unknown): void {
    this.emit(COMMAND_CHANNEL, { sender: 'the raw IPC event' }, command);
  }
}

const request = { suggestedName: 'notes.md', mimeType: 'text/markdown', data: '# Notes' };
const bytes = new Uint8Array([1, 2, 3]);

describe('the preload bridge', () => {
  it('says it runs in Electron', () => {
    expect(createShellApi(new FakeIpcRenderer()).host).toBe('electron');
  });

  it.each([
    ['readContentDb', [], CHANNELS.readContentDb],
    ['readUserDb', [], CHANNELS.readUserDb],
    ['writeUserDb', [bytes], CHANNELS.writeUserDb],
    ['setAsideUserDb', ['unreadable'], CHANNELS.setAsideUserDb],
    ['readImportsDb', [], CHANNELS.readImportsDb],
    ['writeImportsDb', [bytes], CHANNELS.writeImportsDb],
    ['openImportFiles', [], CHANNELS.openImportFiles],
    ['openBackupFile', [], CHANNELS.openBackupFile],
    ['saveExport', [request], CHANNELS.saveExport],
    ['printToPdf', [{ suggestedName: 'timeline.pdf' }], CHANNELS.printToPdf],
    ['openExternal', ['https://example.org/'], CHANNELS.openExternal],
    ['appInfo', [], CHANNELS.appInfo],
    ['flushed', [], CHANNELS.flushed],
  ] as const)(
    'sends %s on its own channel and returns main’s answer',
    async (method, args, channel) => {
      const ipc = new FakeIpcRenderer();
      const api = createShellApi(ipc);
      const call = api[method] as (...input: unknown[]) => Promise<unknown>;
      expect(await call(...args)).toEqual({ ok: true, value: 'answer' });
      expect(ipc.calls).toEqual([[channel, [...args]]]);
    },
  );

  it('turns a call that never reached main into an error envelope', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.answer = async () => {
      throw new Error("Error invoking remote method 'shell:app-info': No handler registered");
    };
    const answer = await createShellApi(ipc).appInfo();
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Karabakh Reader could not reach its main process.' },
    });
  });

  it('delivers menu commands to the page without the raw IPC event', () => {
    const ipc = new FakeIpcRenderer();
    const received: unknown[][] = [];
    createShellApi(ipc).onCommand((...args) => received.push(args));
    ipc.fromMain('toggle-bookmark');
    ipc.fromMain('flush');
    expect(received).toEqual([['toggle-bookmark'], ['flush']]);
  });

  it.each(['rm -rf', 42, null, { command: 'import' }, 'IMPORT'])(
    'drops %j, which is not a known command',
    (command) => {
      const ipc = new FakeIpcRenderer();
      const received: ShellCommand[] = [];
      createShellApi(ipc).onCommand((value) => received.push(value));
      ipc.fromMain(command);
      expect(received).toEqual([]);
    },
  );

  it('stops delivering commands after unsubscribing', () => {
    const ipc = new FakeIpcRenderer();
    const received: ShellCommand[] = [];
    const unsubscribe = createShellApi(ipc).onCommand((value) => received.push(value));
    unsubscribe();
    ipc.fromMain('go-library');
    expect(received).toEqual([]);
    expect(ipc.listenerCount(COMMAND_CHANNEL)).toBe(0);
  });

  it('exposes exactly the ShellApi and nothing that reaches ipcRenderer', () => {
    const ipc = new FakeIpcRenderer();
    const api: ShellApi = createShellApi(ipc);
    expect(Object.keys(api).sort()).toEqual(
      [
        'host',
        'readContentDb',
        'readUserDb',
        'writeUserDb',
        'setAsideUserDb',
        'readImportsDb',
        'writeImportsDb',
        'openImportFiles',
        'openBackupFile',
        'saveExport',
        'printToPdf',
        'openExternal',
        'appInfo',
        'flushed',
        'onCommand',
      ].sort(),
    );
    expect(Object.values(api)).not.toContain(ipc);
  });
});
